import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreWindowState, saveWindowState } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-window-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowState(file, [screen])).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
  });

  it('comes back where it was left', () => {
    saveWindowState(file, { bounds: { x: 100, y: 80, width: 1300, height: 900 }, maximized: true });
    expect(restoreWindowState(file, [screen])).toEqual({
      bounds: { x: 100, y: 80, width: 1300, height: 900 },
      maximized: true,
    });
  });

  it('keeps the size but not the position when that screen is gone', () => {
    saveWindowState(file, { bounds: { x: 2500, y: 80, width: 1000, height: 700 }, maximized: false });
    expect(restoreWindowState(file, [screen])).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('ignores a damaged or hand-edited file', () => {
    fs.writeFileSync(file, '{"bounds":{"x":"left"}}');
    expect(restoreWindowState(file, [screen]).bounds).toEqual({ ...DEFAULT_SIZE });
    fs.writeFileSync(file, 'not json');
    expect(restoreWindowState(file, [screen]).bounds).toEqual({ ...DEFAULT_SIZE });
  });

  it('never opens smaller than the minimum size', () => {
    saveWindowState(file, { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false });
    expect(restoreWindowState(file, [screen]).bounds).toEqual({ x: 10, y: 10, width: 880, height: 600 });
  });
});

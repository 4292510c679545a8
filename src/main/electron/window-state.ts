import fs from 'node:fs';
import path from 'node:path';

// Where the window was, kept in a small JSON file in the user's data folder. Pure Node (no 'electron'),
// so the rules are unit-tested: a saved position is used only if the window would still be visible on
// one of today's screens — an unplugged monitor must not leave Duly opening off-screen.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What the window opens with: a size always, a position only when one is known to be visible. */
export interface InitialWindowState {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 880, height: 600 } as const;
/** How much of the window's top edge must be on a screen to be grabbed and moved. */
const GRAB = { width: 120, height: 40 } as const;

export function restoreWindowState(file: string, workAreas: Rect[]): InitialWindowState {
  const saved = readSaved(file);
  const fallback: InitialWindowState = { bounds: { ...DEFAULT_SIZE }, maximized: false };
  if (!saved) return fallback;
  const width = Math.max(MIN_SIZE.width, saved.bounds.width);
  const height = Math.max(MIN_SIZE.height, saved.bounds.height);
  const titleBar: Rect = { x: saved.bounds.x, y: saved.bounds.y, width, height: GRAB.height };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= GRAB.width * GRAB.height);
  if (!visible) return { bounds: { width, height }, maximized: saved.maximized };
  return { bounds: { x: saved.bounds.x, y: saved.bounds.y, width, height }, maximized: saved.maximized };
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
  } catch (error) {
    // Losing the window position is not worth interrupting a quit for.
    console.warn(`Could not save the window position: ${(error as Error).message}`);
  }
}

function readSaved(file: string): WindowState | undefined {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const state = data as Partial<WindowState> | null;
  const b = state?.bounds;
  const numbers = b ? [b.x, b.y, b.width, b.height] : [];
  if (!b || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (b.width <= 0 || b.height <= 0 || b.width > 20_000 || b.height > 20_000) return undefined;
  return {
    bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
    maximized: state?.maximized === true,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_DIRECTIVES, contentTypeOf, resolveRendererFile } from './renderer-files';
import { defaultDataDir } from './serve-options';

const root = path.resolve('/srv/duly/renderer');

describe('resolveRendererFile', () => {
  it('maps URL paths to files inside the renderer folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererFile(root, '/assets/')).toBe(path.join(root, 'assets', 'index.html'));
    expect(resolveRendererFile(root, '/My%20file.txt')).toBe(path.join(root, 'My file.txt'));
  });

  it('refuses anything that could leave it', () => {
    for (const p of [
      '/../secret',
      '/assets/../../secret',
      '/%2e%2e/secret',
      '/assets/..%2f..%2fsecret',
      '/..%5csecret',
      '/C:/Windows/win.ini',
      '/%00index.html',
      '/./index.html',
      'index.html',
      '/%E0%A4%A',
    ]) {
      expect(resolveRendererFile(root, p), p).toBeUndefined();
    }
  });
});

describe('contentTypeOf', () => {
  it('names the types the renderer uses', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the renderer CSP', () => {
  it('index.html carries the same policy as the header (meta tags cannot hold frame-ancestors)', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split(/;\s*/)).toEqual(expected);
  });
});

describe('defaultDataDir', () => {
  it('follows the convention of each system', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\Duly',
    );
    expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/Duly');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/conf' }, 'linux', '/home/a')).toBe('/conf/Duly');
    expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/Duly');
  });
});

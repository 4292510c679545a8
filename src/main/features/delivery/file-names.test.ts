import { describe, expect, it } from 'vitest';
import { isPlainFileName, safeBaseName, uniqueBaseNames } from './file-names';

// Customers' references as file names that Windows and macOS both accept, and never two alike.

describe('file names from references', () => {
  it('replaces what Windows or macOS refuse', () => {
    expect(safeBaseName('A/12')).toBe('A-12');
    expect(safeBaseName('a:b*c?"d"<e>|f\\g')).toBe('a-b-c-d-e-f-g');
    expect(safeBaseName('tab\there')).toBe('tab-here');
    expect(safeBaseName('  smith.  ')).toBe('smith');
    expect(safeBaseName('.hidden')).toBe('hidden');
    expect(safeBaseName('...')).toBe('_');
    expect(safeBaseName('')).toBe('_');
  });

  it('keeps clear of the names Windows keeps for devices', () => {
    expect(safeBaseName('CON')).toBe('_CON');
    expect(safeBaseName('nul')).toBe('_nul');
    expect(safeBaseName('com1.x')).toBe('_com1.x');
    expect(safeBaseName('LPT9')).toBe('_LPT9');
    expect(safeBaseName('CONTOSO')).toBe('CONTOSO');
    expect(safeBaseName('COM10')).toBe('COM10');
  });

  it('keeps every script, composed as both systems store it, and not too long', () => {
    expect(safeBaseName('Zoe\u0308')).toBe('Zoë');
    expect(safeBaseName('Ярослав-1')).toBe('Ярослав-1');
    const long = safeBaseName('😀'.repeat(150));
    expect([...long]).toHaveLength(100);
    expect(long.isWellFormed()).toBe(true);
  });

  it('never gives two names a case-blind file system would take for one', () => {
    expect(uniqueBaseNames(['ab', 'AB', 'a/b', 'a-b', 'Zoë', 'Zoe\u0308', 'ALL'], ['all'])).toEqual([
      'ab',
      'AB (2)',
      'a-b',
      'a-b (2)',
      'Zoë',
      'Zoë (2)',
      'ALL (2)',
    ]);
  });
});

describe('isPlainFileName', () => {
  it('takes Duly’s own names', () => {
    for (const name of [
      'Statement C001 2026-11-23.pdf',
      'Account activity Z-9 2026-10-01 to 2026-11-23.pdf',
      'Zahlungserinnerung für Łukasz Nowak.eml',
      ...uniqueBaseNames(['A/12', 'CON', 'smith.', 'a:b*c']),
    ]) {
      expect(isPlainFileName(name)).toBe(true);
    }
  });

  it('refuses anything that names a folder or that a file system refuses, every time it is asked', () => {
    for (const name of [
      '',
      '.',
      '..',
      '../all.pdf',
      'a/b.pdf',
      'a\\b.pdf',
      'C:x.pdf',
      ' x.pdf',
      'x.pdf ',
      'a\nb',
    ]) {
      expect(isPlainFileName(name)).toBe(false);
      expect(isPlainFileName(name)).toBe(false);
    }
    expect(isPlainFileName('x'.repeat(256))).toBe(false);
  });
});

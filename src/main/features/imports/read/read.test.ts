import { describe, expect, it } from 'vitest';
import { detectDecimal } from './amounts';
import { dateOrderFromText, dateShape, ordersAllowed, parseDate } from './dates';
import { decode } from './decode';
import { detectDelimiter, readGrid } from './grid';
import { dedupeHeaders, exportDateFrom, normaliseHeader } from './header';

describe('decoding bytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = 'name\nCafé Müller\n';
    const plain = new TextEncoder().encode(text);
    expect(decode(plain)).toEqual({ text, encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decode(withBom)).toEqual({ text, encoding: 'utf-8', bom: true });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x31, 0x30]); // Café,£10
    expect(decode(bytes)).toEqual({ text: 'Café,£10', encoding: 'windows-1252', bom: false });
  });

  it('reads UTF-16 with its mark (Excel "Unicode text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]);
    expect(decode(bytes).text).toBe('A\tB');
  });
});

describe('the grid', () => {
  it('detects commas, semicolons and tabs even under title rows', () => {
    expect(detectDelimiter('Invoice List\nAcme Ltd\n\na,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(detectDelimiter('Datum;Betrag;Kunde\n01.02.2024;1.234,56;A\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
  });

  it('keeps quoted multi-line cells in one row and numbers rows as a spreadsheet does', () => {
    const g = readGrid('a,b\n"line one\nline two",x\n3,4\n');
    expect(g.rows).toEqual([
      ['a', 'b'],
      ['line one\nline two', 'x'],
      ['3', '4'],
    ]);
    expect(g.errors).toEqual([]);
  });

  it('reports an unclosed quote with its row', () => {
    const g = readGrid('a,b\n1,2\n"oops,3\n');
    expect(g.errors[0]?.message).toMatch(/never closed/);
  });
});

describe('headers', () => {
  it('keeps both of two columns with the same name, and finds names however they are typed', () => {
    expect(dedupeHeaders(['\uFEFFInvoice #', 'Notes', 'Amount ', 'Notes', 'notes'])).toEqual([
      'Invoice #',
      'Notes',
      'Amount',
      'Notes (2)',
      'notes (3)',
    ]);
    expect(normaliseHeader(' *InvoiceNumber  ')).toBe('invoicenumber');
  });

  it('finds the export date in a footer timestamp or an "as of" title, not in a reporting period', () => {
    expect(
      exportDateFrom(
        ['Invoice List', 'October 1-December 31, 2025', 'Monday, January 05, 2026 03:14 PM GMT-08:00'],
        2026,
      ),
    ).toBe('2026-01-05');
    expect(exportDateFrom(['Aged Receivables Summary', 'As at 31 January 2026'], 2026)).toBe('2026-01-31');
    expect(exportDateFrom(['Invoice List', 'October 1-December 31, 2025'], 2026)).toBeNull();
  });
});

describe('dates as exports write them', () => {
  const d = (text: string, order: 'DMY' | 'MDY' | null = null) => parseDate(text, order, 2026);

  it.each([
    ['2021-01-28', '2021-01-28'],
    ['2021/1/8', '2021-01-08'],
    ['20210128', '2021-01-28'],
    ['Jan 28 2021', '2021-01-28'],
    ['Jan 28, 2021', '2021-01-28'],
    ['January 28, 2021', '2021-01-28'],
    ['28 Jan 2021', '2021-01-28'],
    ['28-Jan-21', '2021-01-28'],
    ['28-JAN-2021', '2021-01-28'],
    ['Monday, January 05, 2026', '2026-01-05'],
    ['2021-01-28T23:30:00Z', '2021-01-28'],
    ['2021-01-28 00:00:00', '2021-01-28'],
    ['2021-01-28T00:00:00+02:00', '2021-01-28'],
  ])('reads %s without asking', (text, expected) => {
    expect(d(text)).toBe(expected);
  });

  it('needs the order for numeric dates, and reads two-digit years', () => {
    expect(d('03/04/2021')).toBeNull();
    expect(d('03/04/2021', 'DMY')).toBe('2021-04-03');
    expect(d('03/04/2021', 'MDY')).toBe('2021-03-04');
    expect(d('28.01.21', 'DMY')).toBe('2021-01-28');
    expect(d('1/2/99', 'DMY')).toBe('1999-02-01');
    expect(d('1/2/45', 'DMY')).toBe('2045-02-01');
    expect(d('1/2/47', 'DMY')).toBe('1947-02-01');
  });

  it('refuses impossible dates', () => {
    expect(d('2021-02-30')).toBeNull();
    expect(d('31/04/2021', 'DMY')).toBeNull();
    expect(d('Feb 30 2021')).toBeNull();
    expect(d('yesterday')).toBeNull();
    expect(d('13/13/2021', 'DMY')).toBeNull();
  });

  it('tells which orders a numeric date allows', () => {
    expect([...ordersAllowed(dateShape('13/01/2021', 2026))]).toEqual(['DMY']);
    expect([...ordersAllowed(dateShape('01/13/2021', 2026))]).toEqual(['MDY']);
    expect([...ordersAllowed(dateShape('01/02/2021', 2026))].sort()).toEqual(['DMY', 'MDY']);
  });

  it('understands what people type for a date format', () => {
    expect(dateOrderFromText('DD/MM/YYYY')).toBe('DMY');
    expect(dateOrderFromText('mm-dd-yy')).toBe('MDY');
    expect(dateOrderFromText('us')).toBe('MDY');
    expect(dateOrderFromText('yyyy')).toBeNull();
  });
});

describe('decimal separators', () => {
  it('settles the separator from the cells that can tell', () => {
    expect(detectDecimal(['1,234.56', '12'], false)).toBe('.');
    expect(detectDecimal(['1.234,56', '12'], true)).toBe(',');
    expect(detectDecimal(['12,50'], false)).toBe(',');
    expect(detectDecimal(['1,234', '2,500'], false)).toBe('.');
    expect(detectDecimal(['1.234', '2.500'], true)).toBe(',');
    expect(detectDecimal(['1,234,567'], true)).toBe('.');
  });
});

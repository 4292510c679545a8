import { describe, expect, it } from 'vitest';
import { dedupeHeaders } from '../../../shared/headers';
import { guessColumns, initialMapping, keepValid, likelyHeaderRow, missingFields } from './mapping';

describe('the column mapping of an unrecognised file', () => {
  it('finds the header row below title rows, and numbers duplicate column names as main does', () => {
    const rows = [
      ['Harbour Lane', '', '', ''],
      ['Sales 2026', '', '', ''],
      [''],
      ['Ref', 'Client', 'Raised', 'Sum'],
      ['X1', 'Alpha', '2026-01-05', '10'],
    ];
    expect(likelyHeaderRow(rows)).toBe(4);
    expect(dedupeHeaders(['Notes', 'notes ', '', 'Total'])).toEqual(['Notes', 'notes (2)', '', 'Total']);
  });

  it('guesses only columns named exactly for a field, and says what is still missing', () => {
    const columns = guessColumns('invoices', ['Our ref', 'Customer name', 'Due date', 'Sum owed']);
    expect(columns).toEqual({ customerName: 'Customer name', dueDate: 'Due date' });
    expect(missingFields({ kind: 'invoices', columns })).toEqual(['Invoice number', 'Invoice date', 'Total']);
    expect(missingFields({ kind: 'payments', columns: { date: 'D', amount: 'A' } })).toEqual([
      'Customer reference or Customer name',
    ]);
  });

  it('starts from what Duly recognised, keeping only fields the kind can hold', () => {
    const file = { name: 'q.csv', size: 1, data: 'eA==' };
    const report = {
      kind: 'transactions',
      headerRow: 5,
      header: ['Date', 'Transaction type', 'Num', 'Name', 'Amount'],
      columns: {
        issueDate: 'Date',
        type: 'Transaction type',
        number: 'Num',
        customerName: 'Name',
        total: 'Amount',
      },
    };
    expect(initialMapping(file, report as never)).toEqual({
      kind: 'invoices',
      headerRow: 5,
      columns: { issueDate: 'Date', number: 'Num', customerName: 'Name', total: 'Amount' },
    });
    expect(keepValid('customers', { name: 'Name', number: 'Num', email: 'Gone' }, ['Name'])).toEqual({
      name: 'Name',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { BatchCandidate } from '../../../shared/contract/batch';
import { purposeOf, recipients, searchCandidates, startInput, totalsOf, whoChoices } from './selection';

const candidate = (id: number, over: Partial<BatchCandidate> = {}): BatchCandidate => ({
  id,
  ref: `C${id}`,
  name: `Customer ${id}`,
  email: `c${id}@shop.example`,
  balance: 10_000,
  overdue: 0,
  daysOverdue: 0,
  notDue: 10_000,
  nextDue: '2026-12-10',
  inOverdue: false,
  inOpen: true,
  inUpcoming: true,
  ...over,
});

/** Everything they owe is overdue. */
const late = (id: number, overdue: number, over: Partial<BatchCandidate> = {}) =>
  candidate(id, {
    overdue,
    daysOverdue: 20,
    notDue: 0,
    nextDue: null,
    inOverdue: true,
    inUpcoming: false,
    ...over,
  });

describe('who a batch goes to', () => {
  const all = [
    late(1, 4_000),
    candidate(2),
    late(3, 2_550, { email: ' ' }),
    candidate(4, { balance: -500, email: '' }),
  ];

  it('picks everyone overdue, with a balance, with something not yet due, or exactly those ticked', () => {
    expect(recipients(all, 'overdue', new Set()).map((c) => c.id)).toEqual([1, 3]);
    expect(recipients(all, 'open', new Set()).map((c) => c.id)).toEqual([1, 2, 3, 4]);
    expect(recipients(all, 'upcoming', new Set()).map((c) => c.id)).toEqual([2, 4]);
    expect(recipients(all, 'chosen', new Set([4, 2])).map((c) => c.id)).toEqual([2, 4]);
  });

  it('adds up what is asked: the overdue for reminders, the not yet due for courtesy notes, the balances owed for statements', () => {
    expect(totalsOf(recipients(all, 'overdue', new Set()), 'reminder')).toEqual({
      customers: 2,
      withoutEmail: 1,
      asked: 6_550,
    });
    // A customer in credit asks for nothing; it does not reduce what the others owe.
    expect(totalsOf(all, 'statement')).toEqual({ customers: 4, withoutEmail: 2, asked: 30_000 });
    expect(totalsOf([candidate(2), candidate(5, { notDue: 2_500 })], 'courtesy')).toMatchObject({
      asked: 12_500,
    });
  });

  it('offers "everyone with a balance" only for statements, and courtesy notes what is not yet due', () => {
    expect(whoChoices(purposeOf('letter', 'firm'))).toEqual(['overdue', 'chosen']);
    expect(whoChoices(purposeOf('letter', 'courtesy'))).toEqual(['upcoming', 'chosen']);
    expect(whoChoices(purposeOf('statement', 'firm'))).toEqual(['overdue', 'open', 'chosen']);
  });
});

describe('searching the candidates', () => {
  const list = [
    candidate(1, { name: 'Crème Brûlée Café', ref: 'CB1' }),
    candidate(2, { name: 'Harbour Bakery', ref: 'HB1', email: 'ann@harbour.example' }),
  ];

  it('matches name, reference and email, ignoring case and accents', () => {
    expect(searchCandidates(list, 'creme brulee').map((c) => c.id)).toEqual([1]);
    expect(searchCandidates(list, 'hb1').map((c) => c.id)).toEqual([2]);
    expect(searchCandidates(list, 'ANN@').map((c) => c.id)).toEqual([2]);
    expect(searchCandidates(list, '  ').map((c) => c.id)).toEqual([1, 2]);
    expect(searchCandidates(list, 'nobody')).toEqual([]);
  });
});

describe('what batch.start is asked', () => {
  const base = { kind: 'letter', tone: 'firm', asOf: '2026-11-23', email: true } as const;

  it('sends the tone with letters only, and the selection by name or by ids', () => {
    expect(startInput({ ...base, who: 'overdue', picked: [candidate(9)] })).toEqual({
      kind: 'letter',
      tone: 'firm',
      asOf: '2026-11-23',
      customers: 'overdue',
      email: true,
    });
    expect(
      startInput({ ...base, kind: 'statement', who: 'chosen', picked: [candidate(3), candidate(1)] }),
    ).toEqual({
      kind: 'statement',
      asOf: '2026-11-23',
      customers: [3, 1],
      email: true,
    });
  });

  it('sends only the ticked customers still listed: the batch the count promises', () => {
    // Ticked for statements; on letters' list (everyone overdue) only 1 and 3 remain.
    const listed = [late(1, 4_000), late(3, 2_550)];
    const picked = recipients(listed, 'chosen', new Set([2, 3, 1]));
    expect(startInput({ ...base, who: 'chosen', picked })).toMatchObject({ customers: [1, 3] });
    expect(
      startInput({ ...base, who: 'chosen', picked: recipients(listed, 'chosen', new Set([2])) }),
    ).toEqual({ problem: 'Tick at least one customer.' });
  });

  it('says why it cannot start yet', () => {
    expect(startInput({ ...base, who: 'chosen', picked: [] })).toEqual({
      problem: 'Tick at least one customer.',
    });
    expect(startInput({ ...base, who: 'open', picked: [] })).toHaveProperty('problem');
  });
});

import { parseArgs } from 'node:util';
import { openBooks } from '../../main/db/books';
import { allBehaviour } from '../../main/features/behaviour/behaviour.service';
import { getSettings } from '../../main/features/settings/settings.service';
import {
  BEHAVIOUR_CLASSES,
  BEHAVIOUR_LABELS,
  type BehaviourFigures,
  type BehaviourList,
} from '../../shared/contract/behaviour';
import { formatMoney } from '../../shared/money';
import { asOfFrom, type CliIO, clockFrom, oneOf, requireDb, resolvePath } from '../io';
import { textColumns } from '../output';

export const behaviourHelp = `duly behaviour --db FILE [--as-of YYYY-MM-DD] [--format table|json]

  How each customer pays, as of a date (today by default): reliable, occasionally late, chronically
  late, getting worse or new, with the reason in one sentence and the figures behind it.
  json: amounts in minor units (pence, cents); table: in the currency's units.`;

/** The documented JSON shape: exactly these keys, amounts in minor units. */
export function behaviourJson(list: BehaviourList) {
  return {
    asOf: list.asOf,
    currency: list.currency,
    customers: list.rows.map((r) => ({
      ref: r.ref,
      name: r.name,
      class: r.class,
      label: r.label,
      reason: r.reason,
      figures: r.figures,
    })),
  };
}

const dash = '–';
const decimal = (x: number | null) => (x === null ? dash : x.toFixed(1));

function figureCells(f: BehaviourFigures, money: (m: number) => string): string[] {
  return [
    f.recent === 0 ? dash : `${f.onTime}/${f.recent}`,
    decimal(f.averageDaysLate),
    f.medianDaysLate === null ? dash : String(f.medianDaysLate),
    f.longestDaysLate === null ? dash : `${f.longestDaysLate}${f.longestUnpaid ? '*' : ''}`,
    f.trend
      ? `${decimal(f.trend.recentAverageDaysLate)} vs ${decimal(f.trend.earlierAverageDaysLate)}`
      : dash,
    money(f.exposure.owed),
    f.exposure.creditLimit === null ? dash : money(f.exposure.creditLimit),
  ];
}

export function behaviourTable(list: BehaviourList, locale: string): string {
  const money = (m: number) => formatMoney(m, list.currency, locale);
  const head = [
    'Ref',
    'Customer',
    'Class',
    'On time',
    'Avg late',
    'Median',
    'Longest',
    'Last 6 vs before',
    'Owed',
    'Limit',
    'Reason',
  ];
  const rows = list.rows.map((r) => [r.ref, r.name, r.label, ...figureCells(r.figures, money), r.reason]);
  // Text columns to the left, figures to the right; the reason last, as long as it needs.
  const { line, rule } = textColumns([head, ...rows], (i) => i < 3 || i === head.length - 1);
  const number = (x: number) => x.toLocaleString(locale);
  // "Label: count" reads right for 1 and for 1,000 alike.
  const counts = BEHAVIOUR_CLASSES.map(
    (c) => `${BEHAVIOUR_LABELS[c]}: ${number(list.rows.filter((r) => r.class === c).length)}`,
  );
  const n = list.rows.length;
  return [
    `Payment behaviour as of ${list.asOf}, ${number(n)} customer${n === 1 ? '' : 's'}. ${counts.join('; ')}.`,
    'Days late are weighted by amount; * still unpaid (late so far).',
    '',
    line(head),
    rule,
    ...rows.map(line),
    '',
  ].join('\n');
}

export async function behaviourCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  const format = oneOf(values.format, ['table', 'json'] as const, '--format', 'table');
  const clock = clockFrom(values.today);
  const asOf = asOfFrom(values['as-of'], clock);
  const books = await openBooks(resolvePath(io, requireDb(values.db)), { create: false });
  try {
    const ctx = { books, clock };
    const list = allBehaviour(ctx, { asOf });
    if (format === 'json') io.out(`${JSON.stringify(behaviourJson(list), null, 2)}\n`);
    else io.out(behaviourTable(list, getSettings(ctx).locale));
    return 0;
  } finally {
    books.close();
  }
}

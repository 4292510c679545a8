import { bucketDefs } from '../../../shared/contract/ageing';
import type { StatementKind } from '../../../shared/contract/documents';
import { addMonths, type IsoDate, isoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { renderSections, type SectionPages } from '../../pdf/document';
import { ageingOptions } from '../ageing/ageing.service';
import { type ActivityData, activityData } from './activity.data';
import { activityTitle, drawActivity } from './activity.pdf';
import { formatsFor, letterSetup, loadIdentity } from './identity';
import { type StatementData, statementData } from './statement.data';
import { drawStatement, type StatementRun, statementSection, statementTitle } from './statement.pdf';

// Statements for one customer or many, drawn into one PDF: each customer's part starts on a page of
// its own and numbers its pages from 1, and the page ranges come back with the bytes so the file can
// be split per customer. Everything is read in one transaction, in a few queries for the whole batch.

export interface StatementRequest {
  kind: StatementKind;
  /** In the order the parts are wanted. */
  customerIds: readonly number[];
  /** The statement's date; for an activity statement, the last day of the period. Default: today. */
  asOf?: IsoDate;
  /** Activity statements: the first day of the period. Default: the first day of the month before. */
  from?: IsoDate;
}

export interface StatementPart extends SectionPages<number> {
  /** What the part asks for: the balance on its date (negative: in credit). */
  amountDue: number;
  /** The open-item statement behind the part (for an activity statement, on its last day). */
  statement: StatementData;
  activity?: ActivityData;
}

export interface RenderedStatements {
  bytes: Uint8Array;
  asOf: IsoDate;
  from: IsoDate | null;
  parts: StatementPart[];
}

/** The first day of the month before `asOf`: an activity statement's period when none is given. */
export function defaultFrom(asOf: IsoDate): IsoDate {
  const before = addMonths(asOf, -1);
  return isoDate(Number(before.slice(0, 4)), Number(before.slice(5, 7)), 1);
}

export async function renderStatements(ctx: Ctx, request: StatementRequest): Promise<RenderedStatements> {
  const asOf = request.asOf ?? ctx.clock.today();
  const from = request.kind === 'activity' ? (request.from ?? defaultFrom(asOf)) : null;
  if (from !== null && from > asOf) {
    throw new DulyError('validation', 'The period must start on or before its last day.', { field: 'from' });
  }
  const { books } = ctx;
  const read = books.sqlite
    .transaction(() => {
      const identity = loadIdentity(ctx);
      const options = ageingOptions(ctx);
      const defs = bucketDefs(options.limits, options.basis);
      const statements = statementData(books, request.customerIds, asOf, options);
      const activities = from === null ? [] : activityData(books, request.customerIds, from, asOf);
      return { identity, defs, statements, activities };
    })
    .deferred();
  const { identity, defs, statements } = read;
  const activities = new Map(read.activities.map((a) => [a.customerId, a]));
  const run: StatementRun = { identity, fmt: formatsFor(identity), defs };
  // With a period, every customer asked for has an activity statement (activityData gives one each).
  const title = from === null ? statementTitle(run, asOf) : activityTitle(run, { from, to: asOf });
  const sections = statements.map((s) => {
    const activity = activities.get(s.customer.id);
    return statementSection(run, s.customer, title, (pdf) =>
      activity ? drawActivity(pdf, run, activity, s) : drawStatement(pdf, run, s),
    );
  });
  const one = statements.length === 1 ? statements[0]!.customer : undefined;
  const rendered = await renderSections(
    letterSetup(identity, {
      title: one ? `${title}, ${one.name}` : title,
      subject: one ? `${one.name} (${one.ref})` : `${statements.length} customers`,
      footer: title,
      createdAt: ctx.clock.now(),
    }),
    sections,
  );
  const byId = new Map(statements.map((s) => [s.customer.id, s]));
  return {
    bytes: rendered.bytes,
    asOf,
    from,
    parts: rendered.sections.map((p) => {
      const statement = byId.get(p.key)!;
      const activity = activities.get(p.key);
      return {
        ...p,
        amountDue: activity ? activity.closing : statement.balance,
        statement,
        ...(activity ? { activity } : {}),
      };
    }),
  };
}

/** One customer's statement: refuses a customer that is not in the books. */
export async function renderStatement(
  ctx: Ctx,
  request: Omit<StatementRequest, 'customerIds'> & { customerId: number },
): Promise<RenderedStatements> {
  const { customerId, ...rest } = request;
  const exists = ctx.books.first(
    ctx.books.db.selectFrom('customers').select('id').where('id', '=', customerId),
  );
  if (!exists) {
    throw new DulyError('not_found', `There is no customer with id ${customerId}.`, { field: 'customerId' });
  }
  return renderStatements(ctx, { ...rest, customerIds: [customerId] });
}

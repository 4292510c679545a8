import { bucketDefs } from '../../../shared/contract/ageing';
import type { BatchCustomerNote, BatchKind, BatchSelection } from '../../../shared/contract/batch';
import type { Paper } from '../../../shared/contract/settings';
import type { Tone } from '../../../shared/contract/templates';
import type { IsoDate } from '../../../shared/dates';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { ageingOptions } from '../ageing/ageing.service';
import { businessSender, customerRecipient } from '../delivery/email-draft';
import { uniqueBaseNames } from '../delivery/file-names';
import { documentFileName, LETTER_NAMES } from '../documents/document-files';
import { type DocumentIdentity, formatsFor, loadIdentity } from '../documents/identity';
import { statementData } from '../documents/statement.data';
import { counted } from '../reports/report-words';
import { customerContacts } from '../reports/reports.repository';
import { mergeLetter } from '../templates/templates.service';
import { selectCustomers } from './candidates';
import type { DrawItem, DrawPiece } from './draw';

// Everything a batch prints, read from the books in one read transaction (so every customer's
// part is of the same moment) before anything is drawn: who, their figures, the merged words of
// each letter or cover note, the invoices each document is about, and the names of the files.

export interface BatchRequest {
  kind: BatchKind;
  tone?: Tone | undefined;
  asOf?: IsoDate | undefined;
  customers: number[] | BatchSelection;
  paper?: Paper | undefined;
  email: boolean;
  /** Where the files go: a full path. */
  outDir: string;
}

export interface PlannedCustomer extends BatchCustomerNote {
  /** Without extension: "<ref>.pdf" and "<ref>.eml" in the folder, safe on every system. */
  base: string;
  amountDue: number;
  invoices: { invoiceId: number; amountDue: number }[];
  item: DrawItem;
}

export interface BatchPlan {
  kind: BatchKind;
  tone: Tone | null;
  asOf: IsoDate;
  paper: Paper;
  currency: string;
  /** The combined file's title. */
  title: string;
  customers: PlannedCustomer[];
  withoutEmail: BatchCustomerNote[];
  nothingToSend: (BatchCustomerNote & { reason: string })[];
  /** What every piece shares; the items are cut into pieces by piecesOf. */
  shared: Omit<DrawPiece, 'items'>;
}

/** The combined file's name in the folder; customers' files are named by reference beside it. */
export const COMBINED_BASE = 'all';

export function planBatch(ctx: Ctx, request: BatchRequest): BatchPlan {
  const asOf = request.asOf ?? ctx.clock.today();
  const tone = request.kind === 'letter' ? (request.tone ?? null) : null;
  if (request.kind === 'letter' && tone === null) {
    throw new DulyError('validation', 'Choose the tone of the letters.', { field: 'tone' });
  }
  return ctx.books.sqlite
    .transaction((): BatchPlan => {
      const ids = customerIds(ctx, request.customers, asOf);
      const stored = loadIdentity(ctx);
      const paper = request.paper ?? stored.settings.paper;
      const identity: DocumentIdentity = { ...stored, settings: { ...stored.settings, paper } };
      const { settings } = identity;
      const fmt = formatsFor(identity);
      const date = fmt.date(asOf);
      const title = tone === null ? `Statements as of ${date}` : `${LETTER_NAMES[tone]}s, ${date}`;
      const contacts = customerContacts(ctx.books, ids);
      const missing = ids.filter((id) => !contacts.has(id));
      if (missing.length > 0) {
        throw new DulyError(
          'not_found',
          `${missing.length === 1 ? 'A customer' : `${missing.length} customers`} chosen for the batch ` +
            `${missing.length === 1 ? 'is' : 'are'} not in the books (id ${missing.slice(0, 5).join(', ')}).`,
          { field: 'customers' },
        );
      }
      const options = ageingOptions(ctx);
      const statements =
        tone === null
          ? new Map(statementData(ctx.books, ids, asOf, options).map((s) => [s.customer.id, s]))
          : null;
      const planned: Omit<PlannedCustomer, 'base'>[] = [];
      const withoutEmail: BatchCustomerNote[] = [];
      const nothingToSend: BatchPlan['nothingToSend'] = [];
      for (const id of ids) {
        const customer = contacts.get(id)!;
        const note = { customerId: id, ref: customer.ref, name: customer.name };
        const to = customerRecipient(customer);
        const fileName = documentFileName({ kind: request.kind, tone, ref: customer.ref, asOf });
        let item: DrawItem;
        let amountDue: number;
        let invoices: PlannedCustomer['invoices'];
        // The words: the letter itself, or (for an email) the statement's cover note.
        let words: { subject: string; emailBody: string } | null = null;
        if (tone === null) {
          const statement = statements!.get(id)!;
          item = { customerId: id, fileName, statement };
          amountDue = statement.balance;
          invoices = statement.invoices.map((i) => ({ invoiceId: i.invoiceId, amountDue: i.open }));
          if (request.email && to.address !== '') words = mergeLetter(ctx, 'statement', id, asOf).merged;
        } else {
          const { merged, invoices: about } = mergeLetter(ctx, tone, id, asOf);
          if (about.length === 0) {
            nothingToSend.push({
              ...note,
              reason:
                tone === 'courtesy' ? `Nothing falls due after ${date}.` : `Nothing is overdue on ${date}.`,
            });
            continue;
          }
          item = { customerId: id, fileName, letter: { customer, merged, invoices: about } };
          amountDue = about.reduce((sum, i) => sum + i.owed, 0);
          invoices = about.map((i) => ({ invoiceId: i.id, amountDue: i.owed }));
          words = merged;
        }
        if (request.email && to.address === '') withoutEmail.push(note);
        if (request.email && to.address !== '' && words) {
          item.email = {
            to,
            subject: words.subject,
            text: words.emailBody,
          };
        }
        planned.push({ ...note, amountDue, invoices, item });
      }
      const bases = uniqueBaseNames(
        planned.map((p) => p.ref),
        [COMBINED_BASE],
      );
      const now = ctx.clock.now().toISOString();
      return {
        kind: request.kind,
        tone,
        asOf,
        paper,
        currency: settings.currency,
        title,
        customers: planned.map((p, i) => ({ ...p, base: bases[i]! })),
        withoutEmail,
        nothingToSend,
        shared: {
          kind: request.kind,
          identity,
          asOf,
          defs: bucketDefs(options.limits, options.basis),
          setup: {
            title,
            subject: counted(planned.length, 'customer', fmt.count),
            footer: title,
            createdAt: now,
          },
          mail: { from: businessSender(settings), date: now },
        },
      };
    })
    .deferred();
}

function customerIds(ctx: Ctx, customers: BatchRequest['customers'], asOf: IsoDate): number[] {
  if (Array.isArray(customers)) return customers;
  return selectCustomers(ctx, customers, asOf).map((c) => c.id);
}

/**
 * The customers cut into `count` runs in order (the combined file keeps the batch's order), of about
 * equal work: a customer's part costs a page's furniture plus a line per invoice or credit. The
 * first run, drawn on the thread that starts the others, gets a larger share: each worker spends its
 * first ~300 ms loading the PDF code and warming up before it draws anything.
 */
export function piecesOf(plan: BatchPlan, count: number): DrawPiece[] {
  const weight = (c: PlannedCustomer) => {
    const { statement, letter } = c.item;
    return (
      6 + (statement ? statement.invoices.length + statement.credits.length : (letter?.invoices.length ?? 0))
    );
  };
  const shares = Array.from({ length: count }, (_, i) => (i === 0 ? FIRST_SHARE : 1));
  const total = plan.customers.reduce((sum, c) => sum + weight(c), 0);
  const whole = shares.reduce((a, b) => a + b, 0);
  const pieces: DrawItem[][] = [[]];
  let sum = 0;
  let ends = (total * shares[0]!) / whole;
  for (const c of plan.customers) {
    if (pieces.at(-1)!.length > 0 && pieces.length < count && sum >= ends) {
      pieces.push([]);
      ends += (total * shares[pieces.length - 1]!) / whole;
    }
    pieces.at(-1)!.push(c.item);
    sum += weight(c);
  }
  return pieces.map((items) => ({ ...plan.shared, items }));
}

/** The first piece's share of the work against each worker's 1 (measured: 1.4, about 58 : 42 for two). */
const FIRST_SHARE = 1.4;

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ctx } from '../../context';
import { aCustomer, anInvoice, aPayment, business, lukasz } from '../documents/documents.fixture';

// A shop for the batch tests: three customers with something overdue (one of them without an email
// address, one whose statement runs to three pages), one in credit, one with nothing at all.

export function batchShop(ctx: Ctx) {
  business(ctx);
  const lukaszNowak = lukasz(ctx);
  const big = aCustomer(ctx, {
    ref: 'BIG',
    name: 'Big Buyer Ltd',
    contactName: 'Pat Big',
    addressLine1: '1 Long Road',
    city: 'Truro',
  });
  for (let i = 1; i <= 75; i++) {
    anInvoice(ctx, big, `B-${String(i).padStart(3, '0')}`, '2026-01-01', '2026-02-01', 1_000 + i);
  }
  const zoe = aCustomer(ctx, {
    ref: 'Z/9',
    name: 'Zoë Brontë',
    email: 'zoe@example.com',
    addressLine1: '3 Moor Lane',
    city: 'Haworth',
  });
  anInvoice(ctx, zoe, 'Z-1', '2026-09-01', '2026-10-01', 4_200);
  const credit = aCustomer(ctx, { ref: 'CR', name: 'Overpaid Ltd', email: 'pay@overpaid.example' });
  const inv = anInvoice(ctx, credit, 'CR-1', '2026-11-01', '2026-12-01', 5_000);
  aPayment(ctx, credit, 'CR-P', '2026-11-10', 7_000, inv);
  const quiet = aCustomer(ctx, { ref: 'Q', name: 'Quiet Quarry' });
  return { lukasz: lukaszNowak, big, zoe, credit, quiet };
}

/** A folder for one test's files, removed afterwards by the caller. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'duly-batch-'));
}

/** Every file under a folder, hidden ones included, as relative paths. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

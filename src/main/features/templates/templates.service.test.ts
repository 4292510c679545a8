import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateDto, TemplateList, TemplatePreview } from '../../../shared/contract/templates';
import { fixedClock } from '../../../shared/dates';
import { DulyError, type ErrorData } from '../../../shared/errors';
import { createApp } from '../../app';
import type { Ctx } from '../../context';
import { DEFAULT_TEMPLATES } from './defaults';
import { harbourBakery } from './templates.fixture';
import { listTemplates, mergeLetter, resetTemplate, saveTemplate } from './templates.service';

// Saving, resetting and previewing the owner's wording, as the screens do it: through the dispatcher
// (validated by the contract) on real books.

let dir: string;
let app: ReturnType<typeof createApp>;
let ctx: Ctx;
let customerId: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-templates-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.create('Corner Shop');
  ctx = app.ctx();
  customerId = harbourBakery(ctx).id;
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { data: result.error });
  return result.data as T;
}

async function refused(channel: string, input: unknown): Promise<ErrorData> {
  const result = await app.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

const MINE = {
  key: 'friendly',
  subject: 'Quick one about {{amount_due}}',
  body: 'Hi {{contact_name}},\n\n{{invoice_list}}\n\nCheers,\n{{owner_name}}',
  emailBody: 'Hi {{contact_name}}, letter attached.',
} as const;

describe('listing', () => {
  it('gives every template, Duly’s wording until the owner saves theirs', async () => {
    const { templates } = await call<TemplateList>('templates.list', {});
    expect(templates.map((t) => [t.key, t.isDefault, t.updatedAt])).toEqual([
      ['courtesy', true, null],
      ['friendly', true, null],
      ['firm', true, null],
      ['final', true, null],
      ['statement', true, null],
    ]);
    expect(templates[3]).toMatchObject(DEFAULT_TEMPLATES.final);
  });
});

describe('saving', () => {
  it('keeps the owner’s words, and letters use them from then on', async () => {
    const saved = await call<TemplateDto>('templates.save', MINE);
    expect(saved).toEqual({ ...MINE, isDefault: false, updatedAt: '2026-11-23T12:00:00.000Z' });
    expect(listTemplates(ctx).templates[1]).toEqual(saved);
    expect(listTemplates(ctx).templates.filter((t) => !t.isDefault)).toHaveLength(1);
    const { merged } = mergeLetter(ctx, 'friendly', customerId);
    expect(merged).toEqual({
      subject: 'Quick one about £120.00',
      blocks: [
        { kind: 'text', text: 'Hi Ann Baker,' },
        { kind: 'invoices' },
        { kind: 'text', text: 'Cheers,\nSam Taylor' },
      ],
      emailBody: 'Hi Ann Baker, letter attached.',
    });
  });

  it('saves again over the last version, with Windows line ends made plain', async () => {
    await call('templates.save', MINE);
    await call('templates.save', { ...MINE, body: 'Hello\r\n\r\nAgain' });
    expect(listTemplates(ctx).templates[1]?.body).toBe('Hello\n\nAgain');
  });

  it('refuses an unknown field with the part and line, and saves nothing', async () => {
    const error = await refused('templates.save', { ...MINE, body: 'Hi,\n\nYou owe {{amount_owed}}.' });
    expect(error).toEqual({
      code: 'validation',
      field: 'body',
      message:
        '{{amount_owed}} on line 3 of the letter is not a field Duly knows; did you mean {{amount_due}}?',
      problems: [
        {
          field: 'body',
          message:
            '{{amount_owed}} on line 3 of the letter is not a field Duly knows; did you mean {{amount_due}}?',
        },
      ],
    });
    expect(listTemplates(ctx).templates.every((t) => t.isDefault)).toBe(true);
  });

  it('refuses an empty part, a subject on two lines, and a key that is not a template', async () => {
    expect(await refused('templates.save', { ...MINE, body: '  \n ' })).toMatchObject({
      field: 'body',
      message: 'Write the letter.',
    });
    expect(await refused('templates.save', { ...MINE, subject: 'One\nTwo' })).toMatchObject({
      field: 'subject',
      message: 'Keep the subject on one line.',
    });
    expect(await refused('templates.save', { ...MINE, key: 'agency' })).toMatchObject({ field: 'key' });
  });

  it('saving Duly’s own words back is the default again', () => {
    saveTemplate(ctx, { ...MINE });
    const back = saveTemplate(ctx, { key: 'friendly', ...DEFAULT_TEMPLATES.friendly });
    expect(back).toMatchObject({ isDefault: true, updatedAt: null });
  });
});

describe('resetting', () => {
  it('puts Duly’s wording back', async () => {
    saveTemplate(ctx, { ...MINE });
    const reset = await call<TemplateDto>('templates.reset', { key: 'friendly' });
    expect(reset).toEqual({
      key: 'friendly',
      ...DEFAULT_TEMPLATES.friendly,
      isDefault: true,
      updatedAt: null,
    });
    expect(listTemplates(ctx).templates[1]).toEqual(reset);
    // Resetting what is already Duly's changes nothing.
    expect(resetTemplate(ctx, 'courtesy').isDefault).toBe(true);
  });
});

describe('previewing', () => {
  it('merges unsaved text for a customer, with the invoices and every value used', async () => {
    const preview = await call<TemplatePreview>('templates.preview', {
      key: 'friendly',
      body: 'Owed: {{amount_due}} since {{oldest_due_date}}\n{{invoice_list}}',
      customerId,
    });
    expect(preview).toMatchObject({
      key: 'friendly',
      asOf: '2026-11-23',
      currency: 'GBP',
      customer: { id: customerId, ref: 'HB1', name: 'Harbour Bakery' },
      merged: {
        // The parts not given are the saved ones (here, Duly's).
        subject: 'A gentle reminder: £120.00 now due',
        blocks: [{ kind: 'text', text: 'Owed: £120.00 since 31/08/2026' }, { kind: 'invoices' }],
      },
    });
    expect(preview.invoices.map((i) => i.number)).toEqual(['HB-1', 'HB-2']);
    expect(preview.values.days_overdue).toBe('84 days');
    expect(preview.signature).toEqual({ name: 'Sam Taylor', business: 'Corner Shop' });
    // Nothing was saved by previewing.
    expect(listTemplates(ctx).templates[1]?.isDefault).toBe(true);
  });

  it('as of another date', async () => {
    const preview = await call<TemplatePreview>('templates.preview', {
      key: 'final',
      customerId,
      asOf: '2026-10-20',
    });
    expect(preview.merged.subject).toBe('Final notice: please pay £95.00 by 27/10/2026');
  });

  it('gives a field error for an unknown field, as saving does', async () => {
    expect(
      await refused('templates.preview', { key: 'firm', emailBody: 'Hi\n{{amout_due}}', customerId }),
    ).toMatchObject({
      field: 'emailBody',
      message: '{{amout_due}} on line 2 of the email is not a field Duly knows; did you mean {{amount_due}}?',
    });
    expect(await refused('templates.preview', { key: 'firm', customerId: 4242 })).toMatchObject({
      code: 'not_found',
      field: 'customerId',
    });
  });

  it('mergeLetter refuses a stored template that no longer checks, rather than print a hole', () => {
    ctx.books.sqlite
      .prepare("INSERT INTO letter_templates VALUES ('firm', 'x', 'Owed {{gone_field}}', 'y', 'now')")
      .run();
    expect(() => mergeLetter(ctx, 'firm', customerId)).toThrow(DulyError);
  });
});

import { type AddressObject, simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/dates';
import { draftFileName, type EmailDraft, emailDraft } from './email-draft';

// The draft is read back with mailparser, as a mail program would read the file.

const pdf = (() => {
  // Every byte value, so nothing in the encoding may bend a single one.
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return bytes;
})();

const draft: EmailDraft = {
  from: { name: 'Pâtisserie Łódź', address: 'owner@patisserie.example' },
  to: { name: 'Ярослав Ковальчук', address: 'jaroslav@example.com' },
  subject: 'Statement of account — Łukasz & Zoë, Ярослав',
  text: 'Dear Ярослав,\n\nPlease find your statement attached: 1 234,56 zł is due.\nŁukasz, Zoë and the team\n',
  attachment: { fileName: 'Statement — Ярослав Ковальчук 2026-11-23.pdf', bytes: pdf },
};

const first = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

describe('an email draft', () => {
  it('reads back with its addresses, subject, body, date and X-Unsent', async () => {
    const eml = await emailDraft(fixedClock('2026-11-23'), draft);
    const mail = await simpleParser(eml);
    expect(first(mail.to)).toEqual({ name: 'Ярослав Ковальчук', address: 'jaroslav@example.com' });
    expect(first(mail.from)).toEqual({ name: 'Pâtisserie Łódź', address: 'owner@patisserie.example' });
    expect(mail.subject).toBe(draft.subject);
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(draft.text);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it('attaches the PDF byte for byte, under its own name', async () => {
    const mail = await simpleParser(await emailDraft(fixedClock('2026-11-23'), draft));
    expect(mail.attachments).toHaveLength(1);
    const [file] = mail.attachments;
    expect(file?.contentType).toBe('application/pdf');
    expect(file?.filename).toBe(draft.attachment.fileName);
    expect(Buffer.compare(file?.content ?? Buffer.alloc(0), Buffer.from(pdf))).toBe(0);
  });

  it('is plain 7-bit text with CRLF line ends, as mail files are', async () => {
    const eml = await emailDraft(fixedClock('2026-11-23'), draft);
    expect([...eml].every((b) => b < 128)).toBe(true);
    const text = eml.toString('latin1');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toMatch(/^X-Unsent: 1\r$/m);
  });

  it('leaves out an address it does not have, for the owner to fill in', async () => {
    const eml = await emailDraft(fixedClock('2026-11-23'), {
      ...draft,
      from: { name: 'Corner Shop', address: '' },
      to: { name: 'Bob', address: '' },
    });
    const mail = await simpleParser(eml);
    expect(mail.to).toBeUndefined();
    expect(mail.from).toBeUndefined();
    expect(mail.headers.get('x-unsent')).toBe('1');
  });

  it('names the file after the subject, without characters a file name cannot hold', () => {
    expect(draftFileName('Statement: Łukasz / "Zoë" 2026-11-23')).toBe('Statement Łukasz Zoë 2026-11-23.eml');
    expect(draftFileName('  ?*  ')).toBe('Email.eml');
  });
});

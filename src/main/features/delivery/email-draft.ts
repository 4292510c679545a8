import { Buffer } from 'node:buffer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Clock } from '../../../shared/dates';
import { withoutReservedChars } from './file-names';

// Duly never sends mail. It writes the message as an .eml file that the owner opens in their own
// mail program, reads, changes if they like and sends from their own address, so replies come to
// them and the message sits in their Sent folder. `X-Unsent: 1` asks the program to open it as an
// unsent draft rather than as a message received; which programs honour it is in README.md here.

export interface MailAddress {
  /** Shown beside the address ("Łukasz Nowak"); may be empty. */
  name: string;
  /** May be empty: the header is then left out and the owner fills it in their mail program. */
  address: string;
}

export interface EmailDraft {
  /** The business (Settings: email). Without an address the mail program uses its own account. */
  from: MailAddress;
  to: MailAddress;
  subject: string;
  /** The body as plain text; line breaks are kept. */
  text: string;
  attachment: { fileName: string; bytes: Uint8Array };
}

/** The business as a draft's sender (Settings: its name and email). */
export function businessSender(settings: { businessName: string; email: string }): MailAddress {
  return { name: settings.businessName, address: settings.email.trim() };
}

/** A customer as a draft's recipient, addressed to the person to ask when there is one. */
export function customerRecipient(customer: {
  name: string;
  contactName: string;
  email: string;
}): MailAddress {
  return { name: customer.contactName.trim() || customer.name, address: customer.email.trim() };
}

/** The draft as the bytes of an .eml file (RFC 5322, CRLF line ends, UTF-8 throughout). */
export async function emailDraft(clock: Clock, draft: EmailDraft): Promise<Buffer> {
  const { bytes } = draft.attachment;
  const composer = new MailComposer({
    ...(draft.from.address ? { from: address(draft.from) } : {}),
    ...(draft.to.address ? { to: address(draft.to) } : {}),
    subject: draft.subject,
    text: draft.text,
    date: clock.now(),
    headers: { 'X-Unsent': '1' },
    // CRLF everywhere, the body's own line breaks too: bare LFs are not valid in a mail file.
    newline: 'windows',
    attachments: [
      {
        filename: draft.attachment.fileName,
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        contentType: 'application/pdf',
      },
    ],
  });
  return composer.compile().build();
}

/** nodemailer quotes and encodes the name itself (RFC 2047 for anything outside ASCII). */
function address(a: MailAddress): { name: string; address: string } | string {
  return a.name.trim() ? { name: a.name.trim(), address: a.address } : a.address;
}

/** A name for the .eml file that every system accepts: no path separators or reserved characters. */
export function draftFileName(subject: string): string {
  const safe = withoutReservedChars(subject, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${safe || 'Email'}.eml`;
}

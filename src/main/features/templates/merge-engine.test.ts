import { describe, expect, it } from 'vitest';
import type { MergeField } from '../../../shared/contract/templates';
import { DulyError } from '../../../shared/errors';
import { editDistance, suggestField } from './field-suggest';
import {
  checkTemplate,
  type MergeValues,
  mergeTemplate,
  numbersInWords,
  parseTemplate,
} from './merge-engine';

const fields: Record<MergeField, string> = {
  customer_name: 'Harbour Bakery',
  contact_name: 'Ann Baker',
  customer_ref: 'C001',
  invoice_list: 'INV-1 and INV-2',
  amount_due: '£150.00',
  oldest_due_date: '01/10/2026',
  days_overdue: '53 days',
  business_name: 'Corner Shop',
  business_phone: '',
  business_email: 'hello@corner.shop',
  payment_details: 'Sort code 20-00-00\nAccount 12345678',
  payment_reference: 'your customer number',
  payment_link: '',
  today: '23/11/2026',
  reply_by: '30/11/2026',
  owner_name: 'Sam',
};
const values: MergeValues = {
  fields,
  invoiceItems: ['• INV-1, due 01/10/2026: £100.00', '• INV-2, due 15/10/2026: £50.00'],
};

const merge = (body: string, subject = 'Hello', emailBody = 'Hi') =>
  mergeTemplate(checkTemplate({ subject, body, emailBody }), values, 'Fallback');

function refusal(subject: string, body: string, emailBody = 'Hi'): DulyError {
  try {
    checkTemplate({ subject, body, emailBody });
  } catch (e) {
    if (e instanceof DulyError) return e;
    throw e;
  }
  throw new Error('The template was accepted.');
}

describe('merging fields', () => {
  it('fills every field, with spaces inside the braces allowed', () => {
    const letter = merge('Dear {{ contact_name }},\nYou owe {{amount_due}} since {{oldest_due_date}}.');
    expect(letter.blocks).toEqual([
      { kind: 'text', text: 'Dear Ann Baker,\nYou owe £150.00 since 01/10/2026.' },
    ]);
  });

  it('keeps values as plain text: nothing in a value is read as a field or as markup', () => {
    const letter = mergeTemplate(
      checkTemplate({ subject: '{{customer_name}}', body: '{{customer_name}}', emailBody: 'x' }),
      { ...values, fields: { ...fields, customer_name: '<b>{{amount_due}}</b> & Co' } },
      'Fallback',
    );
    expect(letter.subject).toBe('<b>{{amount_due}}</b> & Co');
    expect(letter.blocks).toEqual([{ kind: 'text', text: '<b>{{amount_due}}</b> & Co' }]);
  });

  it('separates paragraphs by blank lines, keeping line breaks inside one', () => {
    const letter = merge(
      'Dear {{contact_name}},\n\n\nFirst line\nsecond line\n   \nKind regards,\n{{owner_name}}',
    );
    expect(letter.blocks).toEqual([
      { kind: 'text', text: 'Dear Ann Baker,' },
      { kind: 'text', text: 'First line\nsecond line' },
      { kind: 'text', text: 'Kind regards,\nSam' },
    ]);
  });

  it('leaves out a line whose field has no value, and a paragraph left empty by that', () => {
    const letter = merge(
      'Call us on {{business_phone}}\nor email {{business_email}}\n\nPay online: {{payment_link}}\n\nThanks',
    );
    expect(letter.blocks).toEqual([
      { kind: 'text', text: 'or email hello@corner.shop' },
      { kind: 'text', text: 'Thanks' },
    ]);
  });

  it('keeps a value’s own line breaks in a letter', () => {
    expect(merge('Pay to: {{payment_details}}').blocks).toEqual([
      { kind: 'text', text: 'Pay to: Sort code 20-00-00\nAccount 12345678' },
    ]);
  });
});

describe('the invoice list', () => {
  it('on a line of its own is the table’s place, splitting the paragraph around it', () => {
    const letter = merge('These are open:\n  {{ invoice_list }}  \nThank you.');
    expect(letter.blocks).toEqual([
      { kind: 'text', text: 'These are open:' },
      { kind: 'invoices' },
      { kind: 'text', text: 'Thank you.' },
    ]);
  });

  it('anywhere else is the invoice numbers', () => {
    const letter = merge('About {{invoice_list}}.', 'Invoices {{invoice_list}}');
    expect(letter.blocks).toEqual([{ kind: 'text', text: 'About INV-1 and INV-2.' }]);
    expect(letter.subject).toBe('Invoices INV-1 and INV-2');
  });

  it('in an email is a plain list, one invoice per line', () => {
    const letter = merge('x', 'y', 'Dear {{contact_name}},\n\nOpen:\n{{invoice_list}}\n\nThanks');
    expect(letter.emailBody).toBe(
      'Dear Ann Baker,\n\nOpen:\n\n• INV-1, due 01/10/2026: £100.00\n• INV-2, due 15/10/2026: £50.00\n\nThanks',
    );
  });

  it('is left out when there are no invoices', () => {
    const letter = mergeTemplate(
      checkTemplate({ subject: 'About {{invoice_list}}', body: 'Hi\n\n{{invoice_list}}', emailBody: 'x' }),
      { fields: { ...fields, invoice_list: '' }, invoiceItems: [] },
      'Payment reminder',
    );
    expect(letter.blocks).toEqual([{ kind: 'text', text: 'Hi' }]);
    // A subject never goes blank: the plain heading stands in.
    expect(letter.subject).toBe('Payment reminder');
  });

  it('names up to five numbers, then counts the rest', () => {
    expect(numbersInWords([])).toBe('');
    expect(numbersInWords(['A'])).toBe('A');
    expect(numbersInWords(['A', 'B'])).toBe('A and B');
    expect(numbersInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(numbersInWords(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C, D and E');
    expect(numbersInWords(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D and 3 more');
  });

  it('puts a value with line breaks on one line in the subject', () => {
    expect(merge('x', 'Pay to {{payment_details}}').subject).toBe(
      'Pay to Sort code 20-00-00, Account 12345678',
    );
  });
});

describe('refusing what cannot be merged', () => {
  it('names an unknown field, its part and line, and suggests the one meant', () => {
    const e = refusal('Hello', 'Dear {{contact_name}},\n\nYou owe {{amount_owed}}.');
    expect(e.code).toBe('validation');
    expect(e.field).toBe('body');
    expect(e.message).toBe(
      '{{amount_owed}} on line 3 of the letter is not a field Duly knows; did you mean {{amount_due}}?',
    );
  });

  it('suggests by edit distance for a typo, and lists every problem by part', () => {
    const e = refusal('Owed: {{amout_due}}', 'Dear {{contcat_name}}', 'Signed {{wibble_wobble}}');
    expect(e.field).toBe('subject');
    expect(e.problems).toEqual([
      {
        field: 'subject',
        message: '{{amout_due}} in the subject is not a field Duly knows; did you mean {{amount_due}}?',
      },
      {
        field: 'body',
        message:
          '{{contcat_name}} on line 1 of the letter is not a field Duly knows; did you mean {{contact_name}}?',
      },
      {
        field: 'emailBody',
        message:
          '{{wibble_wobble}} on line 1 of the email is not a field Duly knows; choose one from the list of fields.',
      },
    ]);
  });

  it('refuses braces that do not pair, empty braces, too many and too few', () => {
    const messages = (body: string) =>
      parseTemplate({ subject: 'x', body, emailBody: 'x' }).problems.map((p) => p.message);
    expect(messages('Owed {{amount_due')).toEqual(['“{{” on line 1 of the letter is not closed with “}}”.']);
    expect(messages('Owed amount_due}}')).toEqual(['“}}” on line 1 of the letter has no “{{” before it.']);
    expect(messages('x\n{{ }}')).toEqual([
      'Empty braces “{{ }}” on line 2 of the letter: put a field’s name inside, or remove them.',
    ]);
    expect(messages('{{{amount_due}}}')).toEqual([
      '“{{{amount_due}}}” on line 1 of the letter has too many braces: write {{amount_due}}.',
    ]);
    expect(messages('Owed {amount_due} now')).toEqual([
      '“{amount_due}” on line 1 of the letter needs two braces each side: {{amount_due}}.',
    ]);
    // Single braces around anything else are just text.
    expect(messages('A {curly} word')).toEqual([]);
  });

  it('reads field names exactly: a capital letter is a different name, with a suggestion', () => {
    expect(refusal('x', '{{Amount_Due}}').message).toBe(
      '{{Amount_Due}} on line 1 of the letter is not a field Duly knows; did you mean {{amount_due}}?',
    );
  });
});

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('knows other tools’ names, typos, and says nothing when nothing is close', () => {
    expect(suggestField('balance')).toBe('amount_due');
    expect(suggestField('due date')).toBe('oldest_due_date');
    expect(suggestField('custmer_name')).toBe('customer_name');
    expect(suggestField('todya')).toBe('today');
    expect(suggestField('weather_forecast')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { insertField, isPartError, partErrors, type Refusal } from './template-draft';

describe('inserting a field at the cursor', () => {
  it('puts it where the cursor is, the cursor after it', () => {
    expect(insertField('Owed: now', 'amount_due', 6)).toEqual({ text: 'Owed: {{amount_due}}now', caret: 20 });
  });

  it('keeps it off the word before, and replaces a selection', () => {
    expect(insertField('Dear name,', 'contact_name', 5, 9)).toEqual({
      text: 'Dear {{contact_name}},',
      caret: 21,
    });
    expect(insertField('Dear', 'contact_name', 4)).toEqual({ text: 'Dear {{contact_name}}', caret: 21 });
    expect(insertField('', 'today', 0)).toEqual({ text: '{{today}}', caret: 9 });
  });

  it('keeps a cursor beyond the end at the end', () => {
    expect(insertField('Hi ', 'today', 99).text).toBe('Hi {{today}}');
  });
});

describe('main’s messages by part', () => {
  const refusal: Refusal = {
    field: 'body',
    message: 'first',
    problems: [
      { field: 'body', message: 'first' },
      { field: 'body', message: 'second' },
      { field: 'emailBody', message: 'third' },
    ],
  };

  it('gives the first message for each part', () => {
    expect(partErrors(refusal)).toEqual({ body: 'first', emailBody: 'third' });
    expect(isPartError(refusal)).toBe(true);
  });

  it('places a schema message by its field, and leaves others for an alert', () => {
    const schema: Refusal = { field: 'subject', message: 'Keep the subject on one line.', problems: [] };
    expect(partErrors(schema)).toEqual({ subject: 'Keep the subject on one line.' });
    const other: Refusal = { field: 'customerId', message: 'No', problems: [] };
    expect(partErrors(other)).toEqual({});
    expect(isPartError(other)).toBe(false);
    expect(partErrors(undefined)).toEqual({});
  });
});

import { Stack, Textarea, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import type { MergeField, TemplatePart } from '../../../shared/contract/templates';
import { MergeFieldList } from './MergeFieldList';
import { type Draft, insertField, type PartErrors } from './template-draft';
import classes from './templates.module.css';

interface TemplateEditorProps {
  draft: Draft;
  onChange(draft: Draft): void;
  /** Main's messages, at the part they are about. */
  errors: PartErrors;
}

type Element = HTMLInputElement | HTMLTextAreaElement;

/**
 * The three parts of a template as plain text, and the fields to insert. A field goes where the
 * cursor was in the part last edited (the letter, to begin with), and the cursor lands after it.
 */
export function TemplateEditor({ draft, onChange, errors }: TemplateEditorProps) {
  const refs = {
    subject: useRef<HTMLInputElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
    emailBody: useRef<HTMLTextAreaElement>(null),
  };
  const [target, setTarget] = useState<TemplatePart>('body');

  const insert = (field: MergeField) => {
    const element: Element | null = refs[target].current;
    const text = draft[target];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const next = insertField(text, field, start, end);
    onChange({ ...draft, [target]: next.text });
    // After React has put the new text in, the cursor goes just after the field.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };

  const part = (name: TemplatePart) => ({
    value: draft[name],
    error: errors[name],
    onFocus: () => setTarget(name),
    onChange: (e: React.ChangeEvent<Element>) => onChange({ ...draft, [name]: e.currentTarget.value }),
  });

  return (
    <Stack gap="md" className={classes.editor}>
      <TextInput
        ref={refs.subject}
        label="Subject"
        description="The letter’s heading, and the email’s subject."
        {...part('subject')}
      />
      <MergeFieldList target={target} onInsert={insert} />
      <Textarea
        ref={refs.body}
        label="Letter"
        description="A blank line starts a new paragraph. {{invoice_list}} on a line of its own is where the table of invoices goes."
        autosize
        minRows={12}
        maxRows={30}
        {...part('body')}
      />
      <Textarea
        ref={refs.emailBody}
        label="Email"
        description="A short note for the email that carries the letter as a PDF."
        autosize
        minRows={5}
        maxRows={14}
        {...part('emailBody')}
      />
    </Stack>
  );
}

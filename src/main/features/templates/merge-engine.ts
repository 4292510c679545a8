import {
  MERGE_FIELDS,
  type MergedBlock,
  type MergedLetter,
  type MergeField,
  type TemplatePart,
} from '../../../shared/contract/templates';
import { DulyError, type Problem } from '../../../shared/errors';
import { suggestField } from './field-suggest';

// The merge engine, pure. A template writes fields as {{field_name}} (spaces inside the braces are
// fine). Checking comes first and is strict: a name Duly does not know, or braces that do not pair,
// refuse the whole template with the part and line, so no letter is ever printed with a hole or a
// stray "{{". Merging then works line by line: a line holding only {{invoice_list}} is where the
// table of invoices goes; a line naming a field that has no value (no payment link set, nothing
// overdue) is left out rather than printed half-empty; blank lines separate paragraphs.

/** A template's three parts, as the owner wrote them. */
export interface TemplateText {
  subject: string;
  body: string;
  emailBody: string;
}

export type Segment = { text: string } | { field: MergeField };
export type Line = Segment[];

export interface ParsedTemplate {
  subject: Line;
  body: Line[];
  emailBody: Line[];
}

export interface TemplateProblem {
  part: TemplatePart;
  /** 1-based, within the part. */
  line: number;
  message: string;
}

/** What to put in: every field as text, and the invoices one per line for an email's plain list. */
export interface MergeValues {
  fields: Record<MergeField, string>;
  invoiceItems: string[];
}

const PART_WORDS: Record<TemplatePart, string> = {
  subject: 'the subject',
  body: 'the letter',
  emailBody: 'the email',
};

const isField = (name: string): name is MergeField => Object.hasOwn(MERGE_FIELDS, name);

function where(part: TemplatePart, line: number): string {
  return part === 'subject' ? 'in the subject' : `on line ${line} of ${PART_WORDS[part]}`;
}

function unknownField(name: string, at: string): string {
  const suggestion = suggestField(name);
  const known = `{{${name}}} ${at} is not a field Duly knows`;
  return suggestion
    ? `${known}; did you mean {{${suggestion}}}?`
    : `${known}; choose one from the list of fields.`;
}

/** One line into text and fields; every problem found is added to `problems`. */
function scanLine(raw: string, part: TemplatePart, lineNo: number, problems: TemplateProblem[]): Line {
  const at = where(part, lineNo);
  const report = (message: string) => problems.push({ part, line: lineNo, message });
  const segments: Line = [];
  let text = '';
  const pushText = (chunk: string) => {
    text += chunk;
  };
  const pushField = (field: MergeField) => {
    if (text) segments.push({ text });
    text = '';
    segments.push({ field });
  };
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('{{', i);
    const close = raw.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      report(`“}}” ${at} has no “{{” before it.`);
      pushText(raw.slice(i, close + 2));
      i = close + 2;
      continue;
    }
    if (open === -1) {
      pushText(raw.slice(i));
      break;
    }
    pushText(raw.slice(i, open));
    const end = raw.indexOf('}}', open + 2);
    if (end === -1) {
      report(`“{{” ${at} is not closed with “}}”.`);
      pushText(raw.slice(open));
      break;
    }
    const inner = raw.slice(open + 2, end);
    let next = end + 2;
    if (inner.startsWith('{') || raw[next] === '}') {
      // {{{amount_due}}}: a habit from HTML templates, where three braces mean "unescaped".
      if (raw[next] === '}') next++;
      const name = inner.replace(/^\{+/, '').trim();
      report(`“${raw.slice(open, next)}” ${at} has too many braces: write {{${name}}}.`);
    } else if (inner.trim() === '') {
      report(`Empty braces “{{${inner}}}” ${at}: put a field’s name inside, or remove them.`);
    } else if (isField(inner.trim())) {
      pushField(inner.trim() as MergeField);
    } else {
      report(unknownField(inner.trim(), at));
    }
    i = next;
  }
  if (text) segments.push({ text });
  // {amount_due} with single braces is a field meant, not text: say how to write it.
  for (const segment of segments) {
    if (!('text' in segment)) continue;
    for (const m of segment.text.matchAll(/\{\s*([A-Za-z_]+)\s*\}/g)) {
      if (isField(m[1]!)) report(`“${m[0]}” ${at} needs two braces each side: {{${m[1]}}}.`);
    }
  }
  return segments;
}

function scanPart(text: string, part: TemplatePart, problems: TemplateProblem[]): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => scanLine(raw, part, index + 1, problems));
}

/** Reads a template into lines of text and fields, with every problem in it (none: it may be saved). */
export function parseTemplate(template: TemplateText): {
  parsed: ParsedTemplate;
  problems: TemplateProblem[];
} {
  const problems: TemplateProblem[] = [];
  const subject = scanPart(template.subject, 'subject', problems).flat();
  const body = scanPart(template.body, 'body', problems);
  const emailBody = scanPart(template.emailBody, 'emailBody', problems);
  return { parsed: { subject, body, emailBody }, problems };
}

/** The template read, or a refusal naming the first problem (all of them in `problems`, by part). */
export function checkTemplate(template: TemplateText): ParsedTemplate {
  const { parsed, problems } = parseTemplate(template);
  const first = problems[0];
  if (first) {
    const listed: Problem[] = problems.map((p) => ({ field: p.part, message: p.message }));
    throw new DulyError('validation', first.message, { field: first.part, problems: listed });
  }
  return parsed;
}

const isBlank = (line: Line) => line.every((s) => 'text' in s && s.text.trim() === '');

/** A line holding {{invoice_list}} and nothing else (spaces aside): the table's place. */
const isListLine = (line: Line) => {
  const fields = line.filter((s) => 'field' in s);
  return (
    fields.length === 1 &&
    'field' in fields[0]! &&
    fields[0].field === 'invoice_list' &&
    line.every((s) => 'field' in s || s.text.trim() === '')
  );
};

/** The line with its fields filled, or undefined when a field on it has no value. */
function fillLine(line: Line, fields: Record<MergeField, string>): string | undefined {
  let out = '';
  for (const segment of line) {
    if ('text' in segment) {
      out += segment.text;
      continue;
    }
    const value = fields[segment.field];
    if (value.trim() === '') return undefined;
    out += value;
  }
  return out.trim();
}

function mergeBlocks(lines: Line[], values: MergeValues): MergedBlock[] {
  const blocks: MergedBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'text', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      flush();
    } else if (isListLine(line)) {
      flush();
      if (values.invoiceItems.length > 0) blocks.push({ kind: 'invoices' });
    } else {
      const filled = fillLine(line, values.fields);
      if (filled !== undefined) paragraph.push(filled);
    }
  }
  flush();
  return blocks;
}

/**
 * Merges a checked template. The subject is one line: when a field on it has no value, the plain
 * `fallbackSubject` stands instead, so a letter always has a heading. The email is plain text, its
 * invoice list one invoice per line.
 */
export function mergeTemplate(
  parsed: ParsedTemplate,
  values: MergeValues,
  fallbackSubject: string,
): MergedLetter {
  const oneLine: Record<MergeField, string> = { ...values.fields };
  for (const field of Object.keys(oneLine) as MergeField[]) {
    oneLine[field] = oneLine[field].replace(/\s*\n\s*/g, ', ');
  }
  const subject = fillLine(parsed.subject, oneLine) || fallbackSubject;
  const emailBody = mergeBlocks(parsed.emailBody, values)
    .map((block) => (block.kind === 'text' ? block.text : values.invoiceItems.join('\n')))
    .join('\n\n');
  return { subject, blocks: mergeBlocks(parsed.body, values), emailBody };
}

/** Invoice numbers in a sentence: "INV-1", "INV-1 and INV-2", "INV-1, INV-2 and INV-3", "… and 4 more". */
export function numbersInWords(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers[0] ?? '';
  const shown = numbers.length > 5 ? numbers.slice(0, 4) : numbers.slice(0, -1);
  const last = numbers.length > 5 ? `${numbers.length - 4} more` : numbers.at(-1)!;
  return `${shown.join(', ')} and ${last}`;
}

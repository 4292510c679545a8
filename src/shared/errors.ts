// Errors cross process boundaries (IPC, HTTP, the command line) as plain data, because Electron
// drops custom fields of thrown errors. A DulyError carries everything the screen needs to put the
// message next to the right field, or the right row of the right file.

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'import_invalid'
  | 'date_format_ambiguous'
  | 'unrecognised_file'
  | 'cancelled'
  | 'books'
  | 'unsupported'
  | 'internal';

/** Where in an imported file a problem is: the row number is the one a spreadsheet shows. */
export interface Problem {
  file?: string;
  row?: number;
  field?: string;
  message: string;
}

export interface ErrorData {
  code: ErrorCode;
  message: string;
  field?: string;
  problems?: Problem[];
}

export class DulyError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly problems: Problem[];

  constructor(code: ErrorCode, message: string, options: { field?: string; problems?: Problem[] } = {}) {
    super(message);
    this.name = 'DulyError';
    this.code = code;
    this.field = options.field;
    this.problems = options.problems ?? [];
  }

  /** The error again from its plain data (after crossing a thread or process), nothing lost. */
  static fromData(data: ErrorData): DulyError {
    return new DulyError(data.code, data.message, {
      ...(data.field !== undefined ? { field: data.field } : {}),
      ...(data.problems ? { problems: data.problems } : {}),
    });
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.field !== undefined) data.field = this.field;
    if (this.problems.length > 0) data.problems = this.problems;
    return data;
  }
}

/**
 * Anything thrown, as data to send on: a DulyError as it is, anything else as 'internal' with its
 * message after `context` ("The job stopped unexpectedly").
 */
export function errorData(error: unknown, context: string): ErrorData {
  if (error instanceof DulyError) return error.toData();
  return { code: 'internal', message: `${context}: ${messageOf(error)}` };
}

/** What was thrown, in words: its message, or the thing itself as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorData };

export function describeProblem(p: Problem): string {
  const where = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.field ? `field "${p.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

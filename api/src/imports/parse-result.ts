// The one result shape every import parser returns. Parsers never throw on bad content: a user
// uploading a 2,000-line breakdown wants every problem listed at once, not the first one.

export interface ImportError {
  /** 1-based line in the uploaded file; 1 when the problem has no better place (then `field` says where). */
  line: number;
  /** The column, EDL field or JSON path the problem is about, when there is one. */
  field?: string;
  /** A whole sentence the user can act on: what is wrong and what would be valid. */
  message: string;
  /** What to change to read the file, when the parser can tell (the frame rate to import at). */
  suggestion?: string;
}

export interface ParseResult<T> {
  /** Rows that passed validation. A row that any error refers to is left out. */
  rows: T[];
  errors: ImportError[];
}

/** An error located on one line; the message gets the "Line N: " prefix users look for. */
export function lineError(line: number, message: string, field?: string): ImportError {
  const error: ImportError = { line, message: `Line ${line}: ${message}` };
  if (field !== undefined) error.field = field;
  return error;
}

/** Joins values for messages: "a, b or c". */
export function listOf(values: readonly string[], last = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${last} ${values[values.length - 1]}`;
}

// JSON reading for imports. OpenTimelineIO writes non-finite numbers as bare NaN, Infinity and
// -Infinity (Python's json module and OTIO's own C++ writer both do), which strict JSON refuses.
// They are read as those numbers: outside strings each becomes a marker string that JSON.parse
// reads and its reviver turns back. A file that still does not parse goes to jsonc-parser, only
// to say where it breaks (line and column), which JSON.parse's message does not reliably do.
import { parse as locateErrors, ParseErrorCode, printParseErrorCode } from 'jsonc-parser';
import { ImportError } from './parse-result';

export type JsonReading =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

// A string literal (left as it is) or a bare non-finite number (marked).
const STRING_OR_NON_FINITE = /"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g;
const MARKERS = new Map([
  ['NaN', '"\\u0000NaN"'],
  ['Infinity', '"\\u0000Infinity"'],
  ['-Infinity', '"\\u0000-Infinity"'],
]);
const NUMBERS = new Map<unknown, number>([
  ['\u0000NaN', NaN],
  ['\u0000Infinity', Infinity],
  ['\u0000-Infinity', -Infinity],
]);

export function parseJson(text: string): JsonReading {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    // Not strict JSON: NaN / Infinity, or broken.
  }
  try {
    const marked = source.replace(STRING_OR_NON_FINITE, (token) => MARKERS.get(token) ?? token);
    return { ok: true, value: JSON.parse(marked, (_key, value) => NUMBERS.get(value) ?? value) };
  } catch {
    // Broken: the locator says where.
  }
  return locate(source);
}

// Same-length stand-ins keep every offset where it was in the file.
function locate(source: string): JsonReading {
  const blanked = source.replace(STRING_OR_NON_FINITE, (t) => (MARKERS.has(t) ? '0'.padEnd(t.length) : t));
  const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
  try {
    locateErrors(blanked, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch (error) {
    // The locator recurses: arrays nested a million deep exhaust the stack, and are no timeline.
    if ((error as Error)?.name !== 'RangeError') throw error; // by name: jest runs tests in another realm
    return { ok: false, line: 1, column: 1, reason: 'it is nested too deeply to read' };
  }
  const first = errors[0] ?? { error: ParseErrorCode.InvalidSymbol, offset: 0, length: 0 };
  const before = source.slice(0, first.offset).split(/\r\n|\r|\n/);
  const found = source.slice(first.offset, first.offset + Math.min(first.length, 20));
  const reason = `${REASONS[first.error] ?? printParseErrorCode(first.error)}${found ? ` at "${found}"` : ''}`;
  return { ok: false, line: before.length, column: before[before.length - 1].length + 1, reason };
}

const REASONS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected text',
  [ParseErrorCode.ValueExpected]: 'a value is missing',
  [ParseErrorCode.PropertyNameExpected]: 'a property name is missing (a comma too many?)',
  [ParseErrorCode.ColonExpected]: 'a colon is missing',
  [ParseErrorCode.CommaExpected]: 'a comma is missing',
  [ParseErrorCode.CloseBraceExpected]: 'a closing } is missing',
  [ParseErrorCode.CloseBracketExpected]: 'a closing ] is missing',
  [ParseErrorCode.EndOfFileExpected]: 'there is more after the end of the document',
  [ParseErrorCode.InvalidCommentToken]: 'JSON has no comments',
  [ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
  [ParseErrorCode.InvalidCharacter]: 'a string holds a control character',
};

/** An error with no line of its own: line 1, with the JSON path in `field` and leading the message. */
export function jsonPathError(path: string, message: string): ImportError {
  return { line: 1, field: path, message: `${path}: ${message}` };
}

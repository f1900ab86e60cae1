// JSON reading for imports: a parse failure becomes a line number, and problems inside a valid
// document are located by JSON path, since JSON.parse keeps no line information.
import { ImportError } from './parse-result';

export type JsonReading = { ok: true; value: unknown } | { ok: false; line: number; reason: string };

export function parseJson(text: string): JsonReading {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 names a character offset for most syntax errors ("... in JSON at position 42").
    const position = /at position (\d+)/.exec(reason);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(reason) ? source.length : 0;
    return { ok: false, line: source.slice(0, offset).split('\n').length, reason: reason.split('\n')[0] };
  }
}

/** An error with no line of its own: line 1, with the JSON path in `field` and leading the message. */
export function jsonPathError(path: string, message: string): ImportError {
  return { line: 1, field: path, message: `${path}: ${message}` };
}

// A CSV file read as a table: the first record is the header, columns are found by name
// (case, spaces, hyphens and underscores do not matter), and each parser asks for cells by key.
import { readCsv } from './csv';
import { ImportError, lineError, listOf } from './parse-result';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header names that mean this column; the first is the documented one. */
  names: readonly string[];
}

export interface TableRow<K extends string> {
  line: number;
  /** The trimmed cell; undefined when the file has no such column. */
  cell(key: K): string | undefined;
}

export interface Table<K extends string> {
  /** True when the file has no header row at all (the errors say so). */
  empty: boolean;
  /** The header text found for each recognised column. */
  columns: Map<K, string>;
  rows: TableRow<K>[];
  errors: ImportError[];
}

/** "Frame In", "frame-in" and "FRAME_IN" all become "frame_in". */
function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

export function readTable<K extends string>(text: string, specs: readonly ColumnSpec<K>[]): Table<K> {
  const { records, errors } = readCsv(text);
  const columns = new Map<K, string>();
  const [header, ...body] = records;
  if (header === undefined) {
    errors.push(lineError(1, 'the file is empty; the first line must be a header row naming the columns.'));
    return { empty: true, columns, rows: [], errors };
  }

  const byName = new Map<string, K>();
  for (const spec of specs) for (const name of spec.names) byName.set(normaliseHeader(name), spec.key);
  const indexOf = new Map<K, number>();
  header.fields.forEach((text, index) => {
    const key = byName.get(normaliseHeader(text));
    if (key === undefined) return; // other tools' extra columns (Project, Id, ...) are not ours to judge
    const earlier = columns.get(key);
    if (earlier !== undefined) {
      errors.push(
        lineError(
          header.line,
          `columns "${earlier}" and "${text.trim()}" mean the same thing; keep one.`,
          text,
        ),
      );
      return;
    }
    columns.set(key, text.trim());
    indexOf.set(key, index);
  });

  const rows: TableRow<K>[] = [];
  for (const record of body) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length > header.fields.length) {
      errors.push(
        lineError(
          record.line,
          `the row has ${record.fields.length} fields but the header has ${header.fields.length}; ` +
            'put quotes around values that contain the delimiter.',
        ),
      );
      continue;
    }
    // Spreadsheets drop trailing empty cells, so a short row reads as blanks at the end.
    rows.push({
      line: record.line,
      cell: (key) => {
        const index = indexOf.get(key);
        return index === undefined ? undefined : (record.fields[index] ?? '').trim();
      },
    });
  }
  return { empty: false, columns, rows, errors };
}

/**
 * Line-1 error for a required column the header lacks, listing what a valid header holds.
 * Several names mean "any one of these" (frame_in or frame_count).
 */
export function missingColumnError(names: readonly string[], expected: string): ImportError {
  const quoted = names.map((n) => `"${n}"`);
  return lineError(1, `the header has no ${listOf(quoted)} column. Expected columns: ${expected}.`, names[0]);
}

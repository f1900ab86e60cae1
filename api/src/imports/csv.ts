// CSV reading for the breakdown and time-entry imports, on csv-parse: RFC 4180 quoting (delimiters,
// doubled quotes and line breaks inside quoted fields), CRLF / LF / CR line ends, a UTF-8
// byte-order mark, and the semicolon or tab delimiters spreadsheet programs write in some locales.
// What is ours: picking the delimiter from the header, and the line each record starts on (the
// parser's own line count treats a CRLF inside quotes as two lines when CR and LF are both ends).
import { CsvError, parse } from 'csv-parse/sync';
import { ImportError, lineError } from './parse-result';

export interface CsvRecord {
  /** Physical line the record starts on (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
}

export interface CsvContent {
  records: CsvRecord[];
  errors: ImportError[];
}

const DELIMITERS = [',', ';', '\t'];

/**
 * Reads all records; blank lines are skipped, never reported. A quoting error stops the reading
 * there: what follows a broken quote cannot be split into fields reliably, so it is reported on
 * the line its record starts and the records before it are returned.
 */
export function readCsv(text: string): CsvContent {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const bytes = Buffer.from(input, 'utf8');
  const lineAt = lineFinder(bytes);
  const records: CsvRecord[] = [];
  let consumed = 0; // bytes read up to the end of the last record
  try {
    parse(bytes, {
      delimiter: detectDelimiter(input),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true, // csv-table judges row widths against the header
      relax_quotes: true, // a quote inside an unquoted field is text, as spreadsheets read it
      trim: true, // spaces around a quoted field; cells are trimmed anyway
      skip_empty_lines: true,
      on_record: (fields: string[], context) => {
        records.push({ line: lineAt(consumed), fields });
        consumed = context.bytes;
        return null; // nothing to collect: the records are kept above with their lines
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records, errors: [quotingError(error, lineAt(consumed))] };
  }
  return { records, errors: [] };
}

function quotingError(error: CsvError, line: number): ImportError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return lineError(line, 'a quoted field opened on this line is never closed; add the closing quote (").');
  }
  if (error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return lineError(
      line,
      'a field has text after its closing quote; quote the whole field and write each quote inside it twice (""). ' +
        'The lines after it were not read.',
    );
  }
  return lineError(line, `the CSV cannot be read here (${error.message}); the lines after it were not read.`);
}

/**
 * The 1-based line of the first non-blank character at or after a byte offset: where the next
 * record starts, since blank lines between records are skipped.
 */
function lineFinder(bytes: Buffer): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let at = offset;
    while (at < bytes.length && isBlank(bytes[at])) at++;
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

const isBlank = (byte: number) => byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x09;

// The header line decides: whichever candidate occurs most often outside quotes, comma on a tie.
function detectDelimiter(input: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of input) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

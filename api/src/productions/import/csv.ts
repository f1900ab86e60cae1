// RFC 4180 CSV reader, the only one in the code base (breakdown and time-entry imports share it).
// Handles quoted fields with delimiters, doubled quotes and line breaks inside, CRLF / LF / CR
// line ends, a UTF-8 byte-order mark, and the semicolon or tab delimiters that spreadsheet
// programs write in some locales.
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

/** Reads all records; blank lines are skipped, never reported. */
export function readCsv(text: string): CsvContent {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(input);
  const records: CsvRecord[] = [];
  const errors: ImportError[] = [];

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted section
  let wasQuoted = false; // the current field had a quoted section
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !wasQuoted;
    endField();
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        const next = input[i + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          errors.push(
            lineError(
              line,
              `field ${fields.length + 1} has text after its closing quote; ` +
                'quote the whole field and write each quote inside it twice ("").',
            ),
          );
        }
      } else {
        if (isLineBreak(input, i)) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A quote in the middle of an unquoted field is kept as text, as spreadsheets do.
      field += char;
    }
  }
  if (quoted) {
    errors.push(
      lineError(quoteLine, 'a quoted field opened on this line is never closed; add the closing quote (").'),
    );
  }
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { records, errors };
}

/** A CR that is not the first half of a CRLF, or an LF: one physical line break. */
function isLineBreak(input: string, i: number): boolean {
  return input[i] === '\n' || (input[i] === '\r' && input[i + 1] !== '\n');
}

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

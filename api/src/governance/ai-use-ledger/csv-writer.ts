/** A cell as it goes into a CSV export. */
export type CsvCell = string | number | boolean | null;

/**
 * RFC 4180 CSV with a header row and CRLF line ends. A text cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so an
 * exported performer name or note can never execute on a reviewer's machine (OWASP CSV injection).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A plain negative number such as -1234.50 is data a spreadsheet reads as a number, not a formula. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import { toMajorDecimal } from '@frameledger/analytics';
import { CsvCell, toCsv } from '../../governance/ai-use-ledger/csv-writer';
import { Cell, ColumnKind, ReportTable } from './report-table';

const DIGITS: Partial<Record<ColumnKind, number>> = { hours: 2, fte: 2 };

/** Money as the exact decimal of its minor units ("-1234.50"); measures to two places. */
function text(cell: Cell, kind: ColumnKind, currency: string): CsvCell {
  if (cell === null) return null;
  if (kind === 'money' && typeof cell === 'bigint') return toMajorDecimal({ amountMinor: cell, currency });
  const digits = DIGITS[kind];
  if (digits !== undefined && typeof cell === 'number') return cell.toFixed(digits);
  return typeof cell === 'bigint' ? cell.toString() : cell;
}

/**
 * The report as CSV, laid out as the sheet is: title and facts, a blank line, the header, the rows
 * and the totals row, then the notes. Money is plain decimals (a CSV carries no number format).
 */
export function toReportCsv(table: ReportTable): string {
  const width = table.columns.length;
  const pad = (cells: CsvCell[]) => [
    ...cells,
    ...Array<CsvCell>(Math.max(0, width - cells.length)).fill(null),
  ];
  const line = (cells: Cell[]) => cells.map((c, i) => text(c, table.columns[i].kind, table.currency));
  const lines: CsvCell[][] = [
    pad([table.title]),
    ...table.facts.map(([label, fact]) =>
      pad([label, typeof fact === 'string' ? fact : toMajorDecimal(fact)]),
    ),
    pad([]),
    table.columns.map((c) => c.header),
    ...table.rows.map(line),
    line(['Total', ...table.totals.slice(1)]),
    ...table.notes.map((note) => pad([note])),
  ];
  const [first, ...rest] = lines;
  return toCsv(
    first.map((c) => String(c ?? '')),
    rest,
  );
}

import { minorUnitExponent, toMajorDecimal } from '@frameledger/analytics';
import { Workbook, type Cell as SheetCell, type Worksheet } from 'exceljs';
import { Cell, ColumnKind, ReportTable } from './report-table';

/**
 * Accountants' number formats: thousands separators, the currency's minor-unit digits, negatives
 * in parentheses (the positive section leaves room for the closing parenthesis so figures align).
 */
export function numberFormat(kind: ColumnKind, currency: string): string | undefined {
  const digits = { money: minorUnitExponent(currency), hours: 1, fte: 2, count: 0, text: -1 }[kind];
  if (digits < 0) return undefined;
  const body = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  return `${body}_);(${body})`;
}

/**
 * The cell value: money goes in as the exact decimal of its minor units (at most 15 digits, which
 * a double holds exactly), so the sheet shows what the API computed to the minor unit.
 */
function value(cell: Cell, kind: ColumnKind, currency: string): string | number | null {
  if (cell === null) return null;
  if (kind === 'money' && typeof cell === 'bigint')
    return Number(toMajorDecimal({ amountMinor: cell, currency }));
  return typeof cell === 'bigint' ? Number(cell) : cell;
}

const BOLD = { bold: true };

function writeFacts(sheet: Worksheet, table: ReportTable): void {
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  const moneyFormat = numberFormat('money', table.currency);
  for (const [label, fact] of table.facts) {
    const row = sheet.addRow([
      label,
      typeof fact === 'string' ? fact : value(fact.amountMinor, 'money', fact.currency),
    ]);
    row.getCell(1).font = BOLD;
    if (typeof fact !== 'string') {
      row.getCell(2).numFmt = numberFormat('money', fact.currency) ?? (moneyFormat as string);
      row.getCell(2).alignment = { horizontal: 'left' };
    }
  }
  sheet.addRow([]);
}

function styleRow(cells: SheetCell[], table: ReportTable): void {
  cells.forEach((c, i) => {
    const format = numberFormat(table.columns[i].kind, table.currency);
    if (format) c.numFmt = format;
  });
}

/** The report as an .xlsx workbook of one sheet: facts, header (frozen), rows and a bold totals row. */
export async function toXlsx(table: ReportTable, created: Date): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'FrameLedger';
  book.created = created;
  const sheet = book.addWorksheet(table.title.slice(0, 31));
  writeFacts(sheet, table);

  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = BOLD;
  header.eachCell((c, i) => {
    c.border = { bottom: { style: 'thin' } };
    if (table.columns[i - 1].kind !== 'text') c.alignment = { horizontal: 'right' };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((c, i) => value(c, table.columns[i].kind, table.currency)));
    styleRow(
      table.columns.map((_, i) => row.getCell(i + 1)),
      table,
    );
  }
  const totals = sheet.addRow([
    'Total',
    ...table.totals.slice(1).map((c, i) => value(c, table.columns[i + 1].kind, table.currency)),
  ]);
  totals.font = BOLD;
  styleRow(
    table.columns.map((_, i) => totals.getCell(i + 1)),
    table,
  );
  totals.eachCell({ includeEmpty: true }, (c) => {
    c.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  });

  if (table.notes.length > 0) sheet.addRow([]);
  for (const note of table.notes) sheet.addRow([note]).font = { italic: true };

  sheet.columns.forEach((column, i) => {
    column.width = table.columns[i]?.kind === 'text' ? 24 : 18;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

import { VENDOR_UNITS, type VendorUnit } from '@frameledger/analytics';
import { timeProblem } from '../common/input-rules';
import { missingColumnError, readTable, type ColumnSpec } from '../imports/csv-table';
import { ImportError, lineError, listOf } from '../imports/parse-result';

/** One line of a vendor usage export (docs/imports.md, "AI usage"). */
export interface UsageRow {
  line: number;
  shot: string;
  taskType: string;
  vendor: string;
  tool: string;
  model: string;
  modelVersion: string;
  startedAt: string;
  finishedAt: string;
  unit: VendorUnit;
  quantity: string;
  invoiceRef: string;
  operator: string;
}

type Key = Exclude<keyof UsageRow, 'line'>;
const COLUMNS: ReadonlyArray<ColumnSpec<Key> & { required: boolean }> = [
  { key: 'shot', names: ['shot', 'shot_code'], required: true },
  { key: 'taskType', names: ['task_type', 'task'], required: true },
  { key: 'vendor', names: ['vendor'], required: true },
  { key: 'tool', names: ['tool', 'product'], required: true },
  { key: 'model', names: ['model', 'model_name'], required: true },
  { key: 'modelVersion', names: ['model_version', 'version'], required: false },
  { key: 'startedAt', names: ['started_at', 'start'], required: true },
  { key: 'finishedAt', names: ['finished_at', 'end', 'completed_at'], required: true },
  { key: 'unit', names: ['unit'], required: true },
  { key: 'quantity', names: ['quantity', 'usage'], required: true },
  { key: 'invoiceRef', names: ['invoice_ref', 'invoice', 'po'], required: true },
  { key: 'operator', names: ['operator', 'user'], required: true },
];
const EXPECTED = COLUMNS.map((c) => c.names[0]).join(', ');
const DECIMAL = /^\d{1,14}(\.\d{1,6})?$/;
/** The same limits recordAiRun's input takes. */
const LIMITS: ReadonlyArray<[Key, string, number]> = [
  ['model', 'model', 120],
  ['modelVersion', 'model_version', 40],
  ['invoiceRef', 'invoice_ref', 120],
  ['operator', 'operator', 120],
];

/** Reads a usage export; every problem is reported with its line, and a row with any problem is left out. */
export function parseUsageCsv(text: string): { rows: UsageRow[]; errors: ImportError[] } {
  const table = readTable<Key>(text, COLUMNS);
  const errors = [...table.errors];
  if (table.empty) return { rows: [], errors };
  const missing = COLUMNS.filter((c) => c.required && !table.columns.has(c.key));
  if (missing.length > 0)
    return { rows: [], errors: [...errors, ...missing.map((c) => missingColumnError(c.names, EXPECTED))] };
  const rows: UsageRow[] = [];
  for (const row of table.rows) {
    const cell = (key: Key) => row.cell(key) ?? '';
    const problems: ImportError[] = [];
    for (const c of COLUMNS) {
      if (c.required && cell(c.key) === '')
        problems.push(lineError(row.line, `${c.names[0]} is empty; fill it in.`, c.names[0]));
    }
    for (const [key, name, max] of LIMITS) {
      if (cell(key).length > max)
        problems.push(lineError(row.line, `${name} is longer than ${max} characters; shorten it.`, name));
    }
    const unit = cell('unit').toUpperCase();
    if (unit && !VENDOR_UNITS.includes(unit as VendorUnit)) {
      problems.push(
        lineError(row.line, `unit "${cell('unit')}" is not one of ${listOf(VENDOR_UNITS)}.`, 'unit'),
      );
    }
    if (cell('quantity') && !DECIMAL.test(cell('quantity'))) {
      problems.push(
        lineError(
          row.line,
          `quantity "${cell('quantity')}" is not a number of zero or more such as 12 or 0.5.`,
          'quantity',
        ),
      );
    }
    for (const [key, name] of [
      ['startedAt', 'started_at'],
      ['finishedAt', 'finished_at'],
    ] as const) {
      const problem = cell(key) ? timeProblem(cell(key)) : undefined;
      if (problem) problems.push(lineError(row.line, `${name} "${cell(key)}": ${problem}.`, name));
    }
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    rows.push({
      line: row.line,
      shot: cell('shot'),
      taskType: cell('taskType').toUpperCase(),
      vendor: cell('vendor'),
      tool: cell('tool'),
      model: cell('model'),
      modelVersion: cell('modelVersion'),
      startedAt: cell('startedAt'),
      finishedAt: cell('finishedAt'),
      unit: unit as VendorUnit,
      quantity: cell('quantity'),
      invoiceRef: cell('invoiceRef'),
      operator: cell('operator'),
    });
  }
  return { rows, errors };
}

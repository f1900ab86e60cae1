// Time entries CSV (ours, ShotGrid's or Kitsu's export) -> normalised time entries. Header names
// are in time-entry-columns.ts and docs/imports.md.
import { TIME_ENTRY_KINDS, type TimeEntryKind } from '@frameledger/analytics';
import { readCode, readIsoDate } from '../cell-values';
import { missingColumnError, readTable, TableRow } from '../csv-table';
import { ImportError, lineError, listOf, ParseResult } from '../parse-result';
import { TaskTypeName } from '../task-types';
import { applyDailyCap, MINUTES_PER_DAY } from './daily-cap';
import { DurationUnit, readMinutes } from './duration';
import { readTaskCell, shotTask, TaskRef, TaskRefReading } from './task-ref';
import { EXPECTED_TIME_COLUMNS, missingTimeColumns, TIME_COLUMNS, TimeColumn } from './time-entry-columns';

export { TIME_ENTRY_KINDS, type TimeEntryKind };

export interface TimeEntryRow {
  line: number;
  task: TaskRef;
  person: string;
  /** Labour role code; null when the file has none (ShotGrid and Kitsu exports): the person's role applies. */
  roleCode: string | null;
  /** YYYY-MM-DD. */
  workDate: string;
  /** Whole minutes, 1 to 1440. */
  minutes: number;
  kind: TimeEntryKind;
  note: string;
}

const ROLE_CODE = /^[A-Z0-9_]{2,32}$/;
const PERSON_MAX = 200;

export interface TimeEntriesCsvOptions {
  /** The database's task types, which task names are read against (code, name or common alias). */
  taskTypes?: readonly TaskTypeName[];
}

export function parseTimeEntriesCsv(
  text: string,
  options: TimeEntriesCsvOptions = {},
): ParseResult<TimeEntryRow> {
  const table = readTable(text, TIME_COLUMNS);
  const errors = [...table.errors];
  if (table.empty) return { rows: [], errors };
  const missing = missingTimeColumns(table.columns);
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [...errors, ...missing.map((names) => missingColumnError(names, EXPECTED_TIME_COLUMNS))],
    };
  }
  if (table.columns.has('minutes') && table.columns.has('hours')) {
    const message = `the header has both "${table.columns.get('minutes')}" and "${table.columns.get('hours')}"; keep one duration column.`;
    return { rows: [], errors: [...errors, lineError(1, message, 'hours')] };
  }

  const unit: DurationUnit = table.columns.has('hours') ? 'hours' : 'minutes';
  const byEntity = table.columns.has('entity');
  const valid = table.rows.flatMap((row) => readRow(row, unit, byEntity, options.taskTypes, errors));
  const { kept, errors: capErrors } = applyDailyCap(valid);
  return { rows: kept, errors: [...errors, ...capErrors] };
}

function readRow(
  row: TableRow<TimeColumn>,
  unit: DurationUnit,
  byEntity: boolean,
  taskTypes: readonly TaskTypeName[] | undefined,
  errors: ImportError[],
): TimeEntryRow[] {
  const before = errors.length;
  const cell = (column: TimeColumn) => row.cell(column) ?? '';
  const fail = (column: TimeColumn, message: string) => {
    errors.push(lineError(row.line, message, column));
    return undefined;
  };

  const taskColumn: TimeColumn = byEntity ? 'entity' : 'task';
  const reading: TaskRefReading = byEntity
    ? shotTask(cell('entity'), cell('task_type') || cell('task'), taskTypes)
    : cell('task') === ''
      ? {
          ok: false,
          problem: 'task is empty; give a task id or a SHOT/TASKTYPE reference such as SH010/COMP',
        }
      : readTaskCell(cell('task'), taskTypes);
  if (!reading.ok) fail(taskColumn, `${reading.problem}.`);

  const person = cell('person');
  if (person === '') fail('person', 'person is empty; name who did the work.');
  else if (person.length > PERSON_MAX)
    fail('person', `person is ${person.length} characters; at most ${PERSON_MAX} are allowed.`);

  const roleText = cell('role');
  const roleCode = roleText === '' ? null : roleText.toUpperCase().replace(/[\s-]+/g, '_');
  if (roleCode !== null && !ROLE_CODE.test(roleCode)) {
    fail(
      'role',
      `role "${roleText}" is not a labour role code (2 to 32 letters, digits or underscores, such as COMPOSITOR).`,
    );
  }

  const workDate = readIsoDate(cell('date'));
  if (workDate === undefined)
    fail('date', `date "${cell('date')}" is not a calendar date written YYYY-MM-DD, such as 2024-03-05.`);

  const minutes = readDuration(cell(unit), unit, (message) => fail(unit, message));

  const kindText = cell('kind');
  const kind = kindText === '' ? 'ARTIST' : readCode(kindText, TIME_ENTRY_KINDS);
  if (kind === undefined) fail('kind', `kind "${kindText}" is not one of ${listOf(TIME_ENTRY_KINDS)}.`);

  if (
    errors.length > before ||
    !reading.ok ||
    workDate === undefined ||
    minutes === undefined ||
    kind === undefined
  ) {
    return [];
  }
  return [
    { line: row.line, task: reading.ref, person, roleCode, workDate, minutes, kind, note: cell('note') },
  ];
}

// Exports carry fractional minutes (Kitsu stores a float); the ledger counts whole minutes.
function readDuration(
  text: string,
  unit: DurationUnit,
  fail: (message: string) => undefined,
): number | undefined {
  const exact = readMinutes(text, unit);
  if (exact === undefined) {
    const example = unit === 'hours' ? '1.5' : '90';
    return fail(
      `${unit} "${text}" is not a duration; write a number such as ${example} (or with a unit: 90 min, 1.5 h).`,
    );
  }
  if (exact <= 0) return fail(`${unit} "${text}" must be more than 0.`);
  const minutes = Math.round(exact);
  if (minutes === 0)
    return fail(`${unit} "${text}" rounds to 0 minutes; a time entry needs at least 1 whole minute.`);
  if (minutes > MINUTES_PER_DAY)
    return fail(`${unit} "${text}" is more than 24 h; one entry covers at most one day.`);
  return minutes;
}

// Header names the time-entry import recognises: our own, ShotGrid's time log export and
// Kitsu's time spents export (zou's TimeSpentsCsvExport). Matching ignores case, spaces,
// hyphens and underscores; columns not listed (Project, Id, Entity Type Name, ...) are ignored.
import { ColumnSpec } from '../csv-table';

export type TimeColumn =
  'task' | 'entity' | 'task_type' | 'person' | 'role' | 'date' | 'minutes' | 'hours' | 'kind' | 'note';

export const TIME_COLUMNS: ColumnSpec<TimeColumn>[] = [
  // Ours: a task id or "SHOT/TASKTYPE". ShotGrid's "Task" is the task's name, read with "Entity".
  { key: 'task', names: ['task', 'task_id'] },
  // ShotGrid "Entity" or "Link", Kitsu "Entity" (Kitsu writes shots as "SQ01 / SH010").
  { key: 'entity', names: ['entity', 'link', 'shot'] },
  // Kitsu "Task Type".
  { key: 'task_type', names: ['task_type'] },
  // ShotGrid "User", Kitsu "Person".
  { key: 'person', names: ['person', 'user', 'artist'] },
  { key: 'role', names: ['role', 'role_code'] },
  { key: 'date', names: ['date', 'work_date'] },
  // ShotGrid "Duration" and Kitsu "Time spent" both hold minutes.
  { key: 'minutes', names: ['minutes', 'duration', 'time_spent'] },
  { key: 'hours', names: ['hours'] },
  { key: 'kind', names: ['kind'] },
  // ShotGrid "Description".
  { key: 'note', names: ['note', 'notes', 'description', 'comment'] },
];

export const EXPECTED_TIME_COLUMNS =
  'task (a task id or SHOT/TASKTYPE), person, date (YYYY-MM-DD), and minutes or hours; optional role, kind and note. ' +
  'ShotGrid (Entity, Task, User, Date, Duration) and Kitsu (Entity, Task Type, Person, Date, Time spent) exports are read too';

/** Required columns the header lacks, each as the names any one of which would do. */
export function missingTimeColumns(columns: Map<TimeColumn, string>): string[][] {
  const missing: string[][] = [];
  if (columns.has('entity')) {
    if (!columns.has('task') && !columns.has('task_type')) missing.push(['task', 'task_type']);
  } else if (!columns.has('task')) {
    missing.push(['task']);
  }
  if (!columns.has('person')) missing.push(['person']);
  if (!columns.has('date')) missing.push(['date']);
  if (!columns.has('minutes') && !columns.has('hours')) missing.push(['minutes', 'hours']);
  return missing;
}

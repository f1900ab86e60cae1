import type { TaskPath, TaskStatus } from '../vocabulary';

/** A task as it stands now, and what the records say about it after the as-of day. */
export interface TaskHistory {
  status: TaskStatus;
  path: TaskPath;
  /** The status it had before its first recorded change after the day (the audit log's `before`); none if unchanged since. */
  statusBefore?: TaskStatus;
  /** The path it had before its first recorded path change after the day. */
  pathBefore?: TaskPath;
  /** The last day work was logged or an AI run finished on it (YYYY-MM-DD), at any time. */
  lastWorkDay?: string;
}

/**
 * A task's status and path at the end of a day (YYYY-MM-DD), for as-of reports: what it was before
 * the first change recorded after the day, else what it is now. Where no change is recorded (a
 * seeded or imported task), it was not yet DONE before the production started, nor before the last
 * day work was logged on it: a task is not finished before its work is.
 */
export function taskAsOf(
  task: TaskHistory,
  asOf: string,
  productionStart: string,
): { status: TaskStatus; path: TaskPath } {
  const path = task.pathBefore ?? task.path;
  let status = task.statusBefore ?? task.status;
  const workAfter = task.lastWorkDay !== undefined && task.lastWorkDay > asOf;
  if (status === 'DONE' && task.statusBefore === undefined) {
    if (asOf < productionStart) status = 'PLANNED';
    else if (workAfter) status = 'IN_PROGRESS';
  }
  return { status, path };
}

import { AppError } from '../../common/errors';
import { listOf } from '../../imports/parse-result';
import { TaskRecord } from './removals.repository';

/** Why a task cannot go: each is a kind of recorded work a delete would erase. */
export type RemovalBlock = 'TIME_LOGGED' | 'CLOSED_MONTH' | 'AI_RUNS' | 'AI_JOBS';

export function blocksOf(task: TaskRecord): RemovalBlock[] {
  const blocks: RemovalBlock[] = [];
  if (task.timeEntries > 0) blocks.push('TIME_LOGGED');
  if (task.closedMonths.length > 0) blocks.push('CLOSED_MONTH');
  if (task.pipelineRuns + task.vendorRuns > 0) blocks.push('AI_RUNS');
  if (task.pendingJobs > 0) blocks.push('AI_JOBS');
  return blocks;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const hours = (minutes: number) => `${Number((minutes / 60).toFixed(2))} h`;
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** "3.5 h of time logged (2 entries, some in March 2026, a closed month) and 1 vendor AI run". */
function recorded(task: TaskRecord): string {
  const parts: string[] = [];
  if (task.timeEntries > 0) {
    const closed =
      task.closedMonths.length > 0
        ? `, some in ${listOf(task.closedMonths.map(monthName), 'and')}, ${task.closedMonths.length === 1 ? 'a closed month' : 'closed months'}`
        : '';
    parts.push(
      `${hours(task.minutes)} of time logged (${plural(task.timeEntries, 'entry', 'entries')}${closed})`,
    );
  }
  if (task.pipelineRuns > 0) parts.push(plural(task.pipelineRuns, 'in-house AI run'));
  if (task.vendorRuns > 0) parts.push(plural(task.vendorRuns, 'vendor AI run'));
  if (task.pendingJobs > 0) parts.push(`${plural(task.pendingJobs, 'AI job')} queued, running or failed`);
  return listOf(parts, 'and');
}

// Recorded hours and AI cost are the ledger's evidence, so the way out is to omit, not to erase.
const instead = (whose: string, it: string) =>
  `Deleting would erase recorded work and cost from the ledger; set ${whose} status to Omitted to take ${it} out of the plan instead.`;

export function taskHasWork(task: TaskRecord): AppError {
  return new AppError(
    'CONFLICT',
    `The ${task.taskTypeName} task on shot ${task.shotCode} can't be deleted: it has ${recorded(task)}. ${instead('its', 'it')}`,
    { reasons: blocksOf(task) },
  );
}

export function shotHasWork(shotCode: string, blocked: readonly TaskRecord[]): AppError {
  const shown = blocked.slice(0, 3).map((t) => `its ${t.taskTypeName} task has ${recorded(t)}`);
  const more = blocked.length > 3 ? ` and ${plural(blocked.length - 3, 'other task')} too` : '';
  return new AppError(
    'CONFLICT',
    `Shot ${shotCode} can't be deleted: ${shown.join('; ')}${more}. ${blocked.length === 1 ? instead("that task's", 'it') : instead("those tasks'", 'them')}`,
    { reasons: [...new Set(blocked.flatMap(blocksOf))] },
  );
}

import { formatMinutes } from '../../imports/timesheet/duration';
import { EntryDraft, EntryProblem } from './entry-checks';
import { BatchFinding } from './time-entries.repository';

/** Turns the database's findings on a batch into problems a person can act on. */
export function findingProblems(
  findings: readonly BatchFinding[],
  drafts: readonly EntryDraft[],
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const f of findings) {
    const entry = drafts[f.index];
    const add = (field: keyof EntryDraft, message: string) =>
      problems.push({ index: f.index, field, message });
    if (f.unknownTask)
      add('taskId', `no task has the id ${entry.taskId}; check the id against the task list.`);
    if (f.unknownRole)
      add('roleCode', `no labour role has the code ${entry.roleCode}; pick one from labourRoles.`);
    if (f.lockedIn !== null) {
      add(
        'workDate',
        `${entry.workDate.slice(0, 7)} is a closed month for ${f.lockedIn}; log the time in an open month or ask a planner to unlock it.`,
      );
    }
    if (f.dayMinutes !== null) {
      const stored = f.storedMinutes ? `, ${formatMinutes(f.storedMinutes)} of it already stored` : '';
      add(
        'minutes',
        `${entry.person} would have ${formatMinutes(f.dayMinutes)} logged on ${entry.workDate}${stored}; ` +
          'one person cannot log more than 24 h in a day.',
      );
    }
  }
  return problems;
}

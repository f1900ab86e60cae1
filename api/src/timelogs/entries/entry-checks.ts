// The checks one time entry passes on its own, before the batch goes to the database (which
// checks tasks, roles, closed months and the person-day total together, in one query).
import { dayProblem } from '../../common/input-rules';
import { readIsoDate } from '../../imports/cell-values';
import { isUuid } from '../../platform/graphql/uuid.pipe';
import { TimeEntryKind } from '../time-entry-kind';

export const MINUTES_PER_DAY = 24 * 60;
const PERSON_MAX = 200;
const NOTE_MAX = 2000;

export interface EntryDraft {
  taskId: string;
  person: string;
  roleCode: string;
  workDate: string;
  minutes: number;
  kind: TimeEntryKind;
  note: string;
}

export interface EntryProblem {
  /** 0-based position in the batch. */
  index: number;
  field: keyof EntryDraft;
  message: string;
}

export function checkEntry(entry: EntryDraft, index: number): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const fail = (field: keyof EntryDraft, message: string) => problems.push({ index, field, message });
  if (!isUuid(entry.taskId))
    fail(
      'taskId',
      `taskId "${entry.taskId}" is not a task id; ids look like 3f0c2a8e-5b1d-4c7e-9a2f-0d6b8e4c1a77.`,
    );
  if (entry.person.trim() === '') fail('person', 'person is empty; name who did the work.');
  else if (entry.person.length > PERSON_MAX)
    fail('person', `person is ${entry.person.length} characters; at most ${PERSON_MAX} are allowed.`);
  if (!/^[A-Z0-9_]{2,32}$/.test(entry.roleCode))
    fail('roleCode', `roleCode "${entry.roleCode}" is not a labour role code such as COMP_ARTIST.`);
  if (readIsoDate(entry.workDate) === undefined) {
    fail(
      'workDate',
      `workDate "${entry.workDate}" is not a calendar date written YYYY-MM-DD, such as 2026-03-05.`,
    );
  } else {
    // A real day, but it must also lie in the window every report can read (year 9999 cannot).
    const outside = dayProblem(entry.workDate);
    if (outside) fail('workDate', `workDate: ${outside}.`);
  }
  if (!Number.isInteger(entry.minutes) || entry.minutes <= 0) {
    fail('minutes', `minutes ${entry.minutes} must be a whole number above 0.`);
  } else if (entry.minutes > MINUTES_PER_DAY) {
    fail('minutes', `minutes ${entry.minutes} is more than the ${MINUTES_PER_DAY} minutes (24 h) in a day.`);
  }
  if (entry.note.length > NOTE_MAX)
    fail('note', `note is ${entry.note.length} characters; at most ${NOTE_MAX} are allowed.`);
  return problems;
}

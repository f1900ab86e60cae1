import { taskAsOf } from './as-of';

// A task DONE today, on AI_FINAL; the production started on 2026-01-01.
const done = { status: 'DONE' as const, path: 'AI_FINAL' as const };
const START = '2026-01-01';

describe('taskAsOf: a task at the end of a day', () => {
  it('takes the state before the first change recorded after the day', () => {
    expect(
      taskAsOf({ ...done, statusBefore: 'IN_REVIEW', pathBefore: 'HUMAN' }, '2026-06-30', START),
    ).toEqual({ status: 'IN_REVIEW', path: 'HUMAN' });
  });

  it('keeps a task with no change since as it is', () => {
    expect(taskAsOf({ ...done, lastWorkDay: '2026-05-02' }, '2026-06-30', START)).toEqual(done);
  });

  it('has nothing finished before the production starts, nor before the last work on it, where no change is recorded', () => {
    expect(taskAsOf(done, '2025-12-31', START)).toEqual({ status: 'PLANNED', path: 'AI_FINAL' });
    expect(taskAsOf({ ...done, lastWorkDay: '2026-07-01' }, '2026-06-30', START)).toEqual({
      status: 'IN_PROGRESS',
      path: 'AI_FINAL',
    });
  });
});

import { jobUpdates } from './job-updates';
import type { JobProgressHub } from './job-progress.hub';
import type { InferenceJobType } from './job.types';

/** A hub with one watcher slot, signalled by hand. */
function fakeHub() {
  let wake: (() => void) | undefined;
  const hub = {
    closed: false,
    watch: (_: string, w: () => void) => {
      wake = w;
      return () => (wake = undefined);
    },
  } as unknown as JobProgressHub;
  return { hub, signal: () => wake?.(), watching: () => wake !== undefined };
}

const job = (status: string, framesDone: number) => ({ status, framesDone }) as unknown as InferenceJobType;

describe('the updates of a job for jobProgress', () => {
  it('gives the job now, then after each signal, and ends after it finishes', async () => {
    const { hub, signal, watching } = fakeHub();
    const rows = [job('QUEUED', 0), job('RUNNING', 1), job('SUCCEEDED', 2)];
    const updates = jobUpdates('j', async () => rows.shift()!, hub);
    expect((await updates.next()).value).toEqual({ jobProgress: { status: 'QUEUED', framesDone: 0 } });
    const second = updates.next();
    signal();
    expect((await second).value.jobProgress.framesDone).toBe(1);
    signal();
    signal(); // two signals before the read: one re-read
    expect((await updates.next()).value.jobProgress.status).toBe('SUCCEEDED');
    expect(await updates.next()).toEqual({ done: true, value: undefined });
    expect(watching()).toBe(false);
  });

  it('ends at once when the client leaves while it waits', async () => {
    const { hub, watching } = fakeHub();
    const updates = jobUpdates('j', async () => job('QUEUED', 0), hub);
    await updates.next();
    const waiting = updates.next();
    await updates.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(watching()).toBe(false);
  });
});

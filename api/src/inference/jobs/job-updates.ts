import { FINISHED, InferenceJobType } from './job.types';
import type { JobProgressHub } from './job-progress.hub';

type Update = { jobProgress: InferenceJobType };

/**
 * The updates of one job for the jobProgress subscription: the job as it stands, then again after
 * each signal from a worker (signals that arrive during a read fold into one re-read), ending after
 * the job finishes. An iterator rather than a generator so that a client leaving (return()) ends it
 * at once, even while it is waiting for a job that may not change for hours.
 */
export function jobUpdates(
  jobId: string,
  read: () => Promise<InferenceJobType>,
  hub: JobProgressHub,
): AsyncIterableIterator<Update> {
  let signalled = true;
  let ended = false;
  let wake: (() => void) | undefined;
  const unwatch = hub.watch(jobId, () => {
    signalled = true;
    wake?.();
  });
  const end = async (): Promise<IteratorResult<Update>> => {
    if (!ended) {
      ended = true;
      unwatch();
      wake?.();
    }
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (!ended && !signalled) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (ended || hub.closed) return end();
      signalled = false;
      const job = await read();
      // The finished job is the last update; the call after it ends the subscription.
      if (FINISHED.includes(job.status)) void end();
      return { done: false, value: { jobProgress: job } };
    },
    return: end,
  };
}

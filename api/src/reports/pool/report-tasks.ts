import { setPriority } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { AnalyticsInputError, frontierData, simulateCost, type OptimiserTask } from '@frameledger/analytics';

// A report thread yields the cores to the request thread, so `me` and the other cheap queries keep
// their latency while reports run (REPORT_THREAD_NICE, docs/decisions/0031). Linux keeps the nice
// value per thread, so this lowers this thread alone; elsewhere it would lower the whole process.
if (!isMainThread && process.platform === 'linux' && workerData?.nice > 0) setPriority(workerData.nice);

/**
 * What runs on the report threads: pure analytics on plain data (structured-cloned both ways),
 * so a thread needs no database, no Nest and no request.
 */
const TASKS = {
  risk: simulateCost,
  frontier: (tasks: readonly OptimiserTask[]) => frontierData(tasks),
};

export type ReportTask = keyof typeof TASKS;
export type ReportInput<K extends ReportTask> = Parameters<(typeof TASKS)[K]>[0];
export type ReportOutput<K extends ReportTask> = ReturnType<(typeof TASKS)[K]>;

/** A thread's answer: the result, or the analytics refusal as plain data (an Error's class does not cross threads). */
export type ReportAnswer<K extends ReportTask> =
  { result: ReportOutput<K> } | { refused: { field: string; message: string } };

export default function runReportTask<K extends ReportTask>(job: {
  task: K;
  input: ReportInput<K>;
}): ReportAnswer<K> {
  try {
    const run = TASKS[job.task] as (input: ReportInput<K>) => ReportOutput<K>;
    return { result: run(job.input) };
  } catch (error) {
    if (error instanceof AnalyticsInputError)
      return { refused: { field: error.field, message: error.message } };
    throw error;
  }
}

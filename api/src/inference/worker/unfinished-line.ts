import { machineCost } from './machine-cost';
import type { CostLine, WorkerJobsRepository } from './worker-jobs.repository';

/**
 * The cost line of machine time spent without a finished job (an attempt that failed, was
 * cancelled or stalled): the time at the class the job's session was billed at (`fallbackClass`
 * before any was). None when no session ever opened (the model never ran) or without a rate for
 * that class (the failure may be exactly that).
 */
export async function unfinishedLine(
  jobs: WorkerJobsRepository,
  jobId: string,
  wallMs: number,
  fallbackClass: string,
): Promise<CostLine | undefined> {
  const session = await jobs.billedSession(jobId);
  if (!session.provider) return undefined;
  const rate = await jobs.computeRate(session.deviceClass ?? fallbackClass, new Date());
  if (!rate) return undefined;
  const model = await jobs.model(jobId);
  return { wallMs, rate, ...machineCost(wallMs, rate), provider: session.provider, model };
}

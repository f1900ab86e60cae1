import { speedUp, ratioToNumber } from '@frameledger/analytics';
import type { JobContextQuery, JobFieldsFragment } from '../../gql/graphql';

const MS_PER_HOUR = 3_600_000;

export interface JobFigures {
  perFrameMs: { decode: number; infer: number; encode: number } | null;
  baselineHours: number | null;
  /** The rate card the baseline is priced with (the api prices it: taskBidVsActual). */
  rateCardName: string | null;
  machineMs: number;
  humanHours: number;
  /** S = B / (M + H) over every job and logged hour of the task; null before any work. */
  speedUp: number | null;
}

/**
 * The figures beside a render: this job's per-frame timings, and the task's baseline against
 * what the AI path took so far (every job's machine time plus every human hour logged on it).
 */
export function jobFigures(job: JobFieldsFragment, context: JobContextQuery): JobFigures {
  const done = job.framesDone;
  const perFrameMs = done
    ? {
        decode: job.timings.decodeMs / done,
        infer: job.timings.inferMs / done,
        encode: job.timings.encodeMs / done,
      }
    : null;
  // Machine time counts the jobs that delivered (the ones with an AI cost line), as the reports do.
  const machineMs = context.taskJobs.edges
    .filter(({ node }) => node.status === 'SUCCEEDED')
    .reduce((sum, { node }) => sum + node.wallMs, 0);
  const humanMinutes = context.timeEntries.edges.reduce((sum, { node }) => sum + node.minutes, 0);
  const baseline = context.task.baseline;
  const s = baseline ? speedUp(String(baseline.hours), machineMs / MS_PER_HOUR, humanMinutes / 60) : null;
  return {
    perFrameMs,
    baselineHours: baseline?.hours ?? null,
    // The card the reports price with, chosen on the server by analytics' rateCardInEffect.
    rateCardName: context.rateCardInEffect?.name ?? null,
    machineMs,
    humanHours: humanMinutes / 60,
    speedUp: s ? ratioToNumber(s) : null,
  };
}

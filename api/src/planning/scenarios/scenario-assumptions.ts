import { TaskPath } from '../../platform/graphql/vocabulary.enums';

/**
 * A saved what-if, as stored in scenario.assumptions (jsonb) and read by the reports
 * (feasibility, risk, frontier). Plain JSON: money as a string of minor units.
 *
 * How a plan uses it (docs/design.md, "The numbers"; the demo's budget story is worked out this way in
 * seeds/portfolio/README.md): each task takes the path of its type here, or its own; a HUMAN task
 * costs its baseline hours at its baseline role's loaded rate; an AI task costs its review hours
 * (aiReviewHoursPerTask, or the task's planned review hours) plus reworkRatePercent of its
 * baseline hours at that rate, plus frames x gpuSecondsPerFrame of GPU time at the GPU price;
 * contingencyPercent goes on top. Headcounts, hoursPerWeek and gpuCount give the schedule.
 */
export interface ScenarioAssumptions {
  /** Every task of a listed type takes this path (HUMAN where policy forbids AI); others keep their own. */
  pathByTaskType: Array<{ taskTypeCode: string; path: TaskPath }>;
  /** AI_REVIEW hours planned on each AI task; null keeps each task's own planned review hours. */
  aiReviewHoursPerTask: number | null;
  /** Share of a task's baseline hours artists redo (REWORK) on AI paths, in percent. */
  reworkRatePercent: number;
  /** Device class whose price from the compute rate table applies when gpuPricePerHour is null. */
  gpuDeviceClass: string;
  /** A GPU-hour price for this what-if, replacing the compute rate table's. */
  gpuPricePerHour: { amountMinor: string; currency: string } | null;
  /** Planned GPU time per frame on AI tasks, in seconds. */
  gpuSecondsPerFrame: number;
  /** People available per labour role, for the schedule. */
  headcounts: Array<{ roleCode: string; people: number }>;
  gpuCount: number;
  contingencyPercent: number;
  /** Hours one person works a week. */
  hoursPerWeek: number;
}

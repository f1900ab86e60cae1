import {
  AnalyticsInputError,
  chosenPath,
  feasibility,
  hourlyRate,
  planAssumptions,
  planFeasibilityInput,
  planRiskInput,
  simulateCost,
  type Feasibility,
  type Money,
  type TaskPath,
} from '@frameledger/analytics';
import type { FeasibilityFigures } from '../plan/feasibility-figures';
import type { PlanInputs } from './plan-inputs';

/** The what-if sliders, in the terms of a saved scenario (ScenarioAssumptionsInput). */
export interface WhatIfAssumptions {
  /** Task types put on one path; types left out keep each task's own path. */
  pathByTaskType: Readonly<Record<string, TaskPath>>;
  /** Review hours on every AI task; null keeps each task's planned hours. */
  aiReviewHoursPerTask: number | null;
  reworkRatePercent: number;
  gpuSecondsPerFrame: number;
  /** The GPU-hour price in minor units of the production's currency. */
  gpuPricePerHourMinor: bigint;
  gpuCount: number;
  headcount: Readonly<Record<string, number>>;
  contingencyPercent: number;
  hoursPerWeek: number;
}

export interface WhatIfResult {
  figures: FeasibilityFigures;
  /** Share of 10,000 seeded draws within the budget before contingency, as the risk report draws. */
  probabilityWithinBudget: number | null;
  /** AI-assisted and AI-final tasks / all tasks. */
  aiShare: number;
}

/**
 * The plan under the sliders, computed here with no request to the server, by the plan model the
 * server's feasibility and risk reports run (analytics/src/plan): the same assumptions reader,
 * the same path pricing, the same feasibility and risk inputs. A property test holds the two to
 * the same minor unit (what-if.spec.ts).
 */
export function runWhatIf(inputs: PlanInputs, s: WhatIfAssumptions): WhatIfResult | { error: string } {
  try {
    const a = planAssumptions({
      ...s,
      gpuRate: hourlyRate({ amountMinor: s.gpuPricePerHourMinor, currency: inputs.currency }),
    });
    const result = feasibility(planFeasibilityInput(inputs, a));
    const risk = simulateCost(planRiskInput(inputs, a, 10_000, 1));
    // The share only needs each task's path, not its pricing again (the two inputs above priced it).
    const ai = inputs.tasks.filter((task) => chosenPath(task, a) !== 'HUMAN').length;
    return {
      figures: toFigures(result, inputs.budget),
      probabilityWithinBudget: risk.probabilityWithinBudget,
      aiShare: inputs.tasks.length ? ai / inputs.tasks.length : 0,
    };
  } catch (error) {
    if (error instanceof AnalyticsInputError) return { error: error.message };
    throw error;
  }
}

const value = (m: Money) => ({ amountMinor: m.amountMinor.toString(), currency: m.currency });

function toFigures(f: Feasibility, budget: Money): FeasibilityFigures {
  return {
    verdict: f.verdict,
    summary: f.summary,
    budget: value(budget),
    actualToDate: value(f.actualToDate),
    estimateToComplete: value(f.estimateToComplete),
    estimateAtCompletion: value(f.estimateAtCompletion),
    contingency: value(f.contingency),
    totalCost: value(f.totalCost),
    headroom: value(f.headroom),
    variance: value(f.variance),
    assumptions: f.assumptions,
    scheduleWeeks: f.scheduleWeeks,
    weeksToDelivery: f.weeksToDelivery,
    constraints: f.constraints,
  };
}

import type { FeasibilityVerdict } from '../../../gql/graphql';

/** Money as the api sends it (format/money's MoneyValue); kept free of the DOM so api tests can import this module. */
type MoneyValue = { amountMinor: string; currency: string };

/** A feasibility answer, from the server's report or from the browser's what-if: the same shape, shown the same way. */
export interface FeasibilityFigures {
  verdict: FeasibilityVerdict;
  summary: string;
  budget: MoneyValue;
  actualToDate: MoneyValue;
  estimateToComplete: MoneyValue;
  /** EFC = actual to date + estimate to complete: the cost report's figure on the same day. */
  estimateAtCompletion: MoneyValue;
  contingency: MoneyValue;
  totalCost: MoneyValue;
  headroom: MoneyValue;
  /** Budget - EFC: positive is under budget. */
  variance: MoneyValue;
  /** Work the plan cannot schedule (no headcount, no GPUs), each a sentence with its figure. */
  /** Work the plan cannot schedule: UNSTAFFED_ROLE (name: the role code) or NO_GPU, with its sentence. */
  assumptions: readonly { kind: string; name: string; sentence: string }[];
  scheduleWeeks: number;
  weeksToDelivery: number;
  constraints: readonly { kind: string; name: string; utilisation: number; weeks?: number | null }[];
}

import type { FeasibilityVerdict } from '../../../gql/graphql';

/** Money as the api sends it (format/money's MoneyValue); kept free of the DOM so api tests can import this module. */
type MoneyValue = { amountMinor: string; currency: string };

/** A feasibility answer, from the server's report or from the browser's what-if: the same shape, shown the same way. */
export interface FeasibilityFigures {
  verdict: FeasibilityVerdict;
  summary: string;
  budget: MoneyValue;
  planCost: MoneyValue;
  contingency: MoneyValue;
  totalCost: MoneyValue;
  headroom: MoneyValue;
  scheduleWeeks: number;
  weeksToDelivery: number;
  constraints: readonly { kind: string; name: string; utilisation: number; weeks?: number | null }[];
}

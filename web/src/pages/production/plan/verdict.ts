import type { FeasibilityVerdict } from '../../../gql/graphql';
import type { Tone } from '../../../ui/Badge';

export const VERDICT: Record<FeasibilityVerdict, { tone: Tone; label: string }> = {
  FITS: { tone: 'good', label: 'Fits budget and schedule' },
  OVER_BUDGET: { tone: 'bad', label: 'Over budget' },
  LATE: { tone: 'warn', label: 'Late' },
  OVER_BUDGET_AND_LATE: { tone: 'bad', label: 'Over budget and late' },
};

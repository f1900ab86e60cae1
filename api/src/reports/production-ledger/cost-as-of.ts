import { costReport, CostReport, makeRatio, Money, sumMoney } from '@frameledger/analytics';
import { ProductionLedger } from './production-ledger.service';

const endOfDay = (date: string) => `${date}T23:59:59.999Z`;

/**
 * A production's cost report as of a day, one line per task in the ledger's order: time entries
 * worked on or before the day and logged by its end, AI runs finished by its end. `plannedCost` gives an open task's
 * expected cost on its planned path (the plan model); its estimate to complete is what is left of
 * it. The cost report and the plan reports (feasibility, risk, the frontier) both price what is
 * spent here, so their EFC is one figure (docs/reports.md, "One cost truth").
 */
export function costReportAsOf(
  ledger: ProductionLedger,
  asOf: string,
  plannedCost: (taskId: string) => Money | undefined,
): CostReport {
  const cutOff = Date.parse(endOfDay(asOf));
  const licence = new Map<string, Money[]>();
  for (const run of ledger.aiRuns) {
    if (Date.parse(run.finishedAt) <= cutOff)
      licence.set(run.taskId, [...(licence.get(run.taskId) ?? []), run.licenceFee]);
  }
  const currency = ledger.rateCard.currency;
  const zero = makeRatio(0n);
  return costReport({
    rateCard: ledger.rateCard,
    timeEntries: ledger.timeEntries.filter((e) => Date.parse(e.recordedAt) <= cutOff),
    aiRuns: ledger.aiRuns,
    asOf: endOfDay(asOf),
    items: ledger.tasks.map((t) => ({
      task: {
        id: t.id,
        path: t.path,
        baselineRole: ledger.pricing.role(t.baselineRoleId).code,
        baselineHours: ledger.bids.get(t.id)?.mostLikely ?? zero,
        licenceFee: sumMoney(licence.get(t.id) ?? [], currency),
      },
      // An omitted task was cut from the plan: nothing is budgeted for it and nothing more will be spent.
      budget: t.status === 'OMITTED' ? { amountMinor: 0n, currency } : undefined,
      complete: t.status === 'DONE' || t.status === 'OMITTED',
      plannedCost: plannedCost(t.id),
    })),
  });
}

/** Tasks with any time entry or AI run: adoption never moves them, so the frontier keeps them on their path. */
export const workedOn = (ledger: ProductionLedger): Set<string> =>
  new Set([...ledger.timeEntries.map((e) => e.taskId), ...ledger.aiRuns.map((r) => r.taskId)]);

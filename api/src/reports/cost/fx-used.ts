import { quarterOf, ratioToNumber, toRatio, type FxTable } from '@frameledger/analytics';
import { reportLine } from '../working/working';
import type { WorkingLineType } from '../working/working.types';
import type { FxRateUsedType } from './cost-report.types';

/** Significant digits a booked rate is shown with: enough for ARS per USD and USD per ARS alike. */
const RATE_DIGITS = 6;

/**
 * The booked rates that converted some runs into the rate card's currency, one per quarter and
 * currency, so a figure that mixes currencies says what it was converted at.
 */
export function fxRatesUsed(
  runs: ReadonlyArray<{ bookedIn: string; finishedAt: string }>,
  fx: FxTable,
): FxRateUsedType[] {
  const used = new Map<string, FxRateUsedType>();
  for (const run of runs) {
    if (run.bookedIn === fx.reportingCurrency) continue;
    const quarter = quarterOf(run.finishedAt);
    // convertMoney has already refused a run whose rate is missing, so the rate is there.
    const rate = toRatio(fx.rates[quarter][run.bookedIn], `fx.rates.${quarter}.${run.bookedIn}`);
    used.set(`${quarter} ${run.bookedIn}`, {
      quarter,
      from: run.bookedIn,
      to: fx.reportingCurrency,
      rate: String(Number(ratioToNumber(rate).toPrecision(RATE_DIGITS))),
    });
  }
  return [...used.values()].sort((a, b) => (a.quarter + a.from < b.quarter + b.from ? -1 : 1));
}

/** A working line per rate: "FX 2026-Q4: 1 USD = 925.926 ARS (booked rate)". */
export const fxLines = (rates: readonly FxRateUsedType[]): WorkingLineType[] =>
  rates.map((r) => reportLine(`FX ${r.quarter}: 1 ${r.from} = ${r.rate} ${r.to} (booked rate)`, {}));

import { makeRatio } from '../exact/ratio';
import type { AiRun } from '../ledger';
import { displayRate, hourlyRate, priceHours } from '../rates/hourly-rate';
import type { Money } from '../money/money';

/**
 * Compute cost of one AI job: wall time x the device class's price per hour, rounded half-even.
 * The worker records this on the AI cost line; vendor imports bring their own figure.
 */
export const computeCost = (wallMs: number, pricePerHour: Money): Money =>
  priceHours(makeRatio(BigInt(wallMs), 3_600_000n), hourlyRate(pricePerHour));

/**
 * The rate per machine hour an AI cost line shows: the device class's compute rate when it gives
 * the line's amount (a job our pipeline priced), else what the line cost per hour of wall time
 * (a vendor's figure, or one booked in another currency), rounded for display. None without wall time.
 */
export function runRate(run: AiRun): Money | undefined {
  if (run.wallMs <= 0) return undefined;
  const stated = run.computeRate;
  if (
    stated &&
    stated.currency === run.computeCost.currency &&
    computeCost(run.wallMs, stated).amountMinor === run.computeCost.amountMinor
  )
    return stated;
  return displayRate({
    currency: run.computeCost.currency,
    minorPerHour: makeRatio(run.computeCost.amountMinor * 3_600_000n, BigInt(run.wallMs)),
  });
}

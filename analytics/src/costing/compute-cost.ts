import { makeRatio, roundHalfEven } from '../exact/ratio';
import type { AiRun } from '../ledger';
import { displayRate } from '../rates/hourly-rate';
import type { Money } from '../money/money';

/** Milliseconds in an hour: an exact machine-time cost is kept in minor units x this. */
export const MS_PER_HOUR = 3_600_000n;

/**
 * The exact cost of machine time, in minor units x MS_PER_HOUR: the wall time in ms x the device
 * class's price per hour in minor units. Kept on every AI cost line and summed by reports, which
 * round once at their own figure, so a 57 s CPU job (0.285 cents) is not lost to rounding.
 */
export const exactComputeCost = (wallMs: number, pricePerHour: Money): bigint =>
  BigInt(wallMs) * pricePerHour.amountMinor;

/** An exact machine-time cost (minor units x MS_PER_HOUR) rounded half-even to minor units. */
export const priceMachineTime = (exactMinorMs: bigint, currency: string): Money => ({
  amountMinor: roundHalfEven(makeRatio(exactMinorMs, MS_PER_HOUR)),
  currency,
});

/** Compute cost of one AI job, rounded half-even: the figure its own cost line shows. */
export const computeCost = (wallMs: number, pricePerHour: Money): Money =>
  priceMachineTime(exactComputeCost(wallMs, pricePerHour), pricePerHour.currency);

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
    minorPerHour: makeRatio(run.computeCost.amountMinor * MS_PER_HOUR, BigInt(run.wallMs)),
  });
}

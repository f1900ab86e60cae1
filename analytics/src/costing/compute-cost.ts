import { makeRatio } from '../exact/ratio';
import { hourlyRate, priceHours } from '../rates/hourly-rate';
import type { Money } from '../money/money';

/**
 * Compute cost of one AI job: wall time x the device class's price per hour, rounded half-even.
 * The worker records this on the AI cost line; vendor imports bring their own figure.
 */
export const computeCost = (wallMs: number, pricePerHour: Money): Money =>
  priceHours(makeRatio(BigInt(wallMs), 3_600_000n), hourlyRate(pricePerHour));

import { exactComputeCost, priceMachineTime } from '@frameledger/analytics';
import type { ComputeRate } from './worker-jobs.repository';

/**
 * What an AI cost line books for machine time at a rate: the exact cost (minor units x 3,600,000,
 * which reports sum and round once) and the line's own figure, that rounded half-even.
 */
export function machineCost(wallMs: number, rate: ComputeRate): { costMinor: bigint; costExact: bigint } {
  const costExact = exactComputeCost(Math.round(wallMs), {
    amountMinor: BigInt(rate.pricePerHourMinor),
    currency: rate.currency,
  });
  return { costExact, costMinor: priceMachineTime(costExact, rate.currency).amountMinor };
}

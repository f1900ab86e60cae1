import { AnalyticsInputError } from '@frameledger/analytics';
import type { ApiError } from '../../../api/errors';

/** The api's sentence when it refused this input field (BAD_USER_INPUT names the path). */
export const fieldMessage = (error: ApiError | undefined, path: string): string | undefined =>
  error?.code === 'BAD_USER_INPUT' && error.field === path ? error.message : undefined;

/** An amount typed in major units as minor units, or the sentence saying why it is not one. */
export function readAmount(
  parse: () => bigint,
): { minor: bigint; problem?: undefined } | { minor?: undefined; problem: string } {
  try {
    return { minor: parse() };
  } catch (error) {
    if (error instanceof AnalyticsInputError) return { problem: error.message };
    throw error;
  }
}

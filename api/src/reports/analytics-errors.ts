import { AnalyticsInputError } from '@frameledger/analytics';
import { badInput } from '../common/errors';

/**
 * Runs report work, turning the analytics library's bad-input errors (a field and a sentence)
 * into the API's BAD_USER_INPUT, worded as they are.
 */
export async function asUserErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AnalyticsInputError) throw badInput(error.field, error.message);
    throw error;
  }
}

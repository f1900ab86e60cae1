import { AppError, badInput } from '../common/errors';
import { InferenceInputError } from './engine';

/**
 * The engine refuses bad models, adapters and images with an InferenceInputError naming the field;
 * a client sees it as BAD_USER_INPUT with that field and the engine's reason code (e.g.
 * UNSUPPORTED_OPSET, IMAGE_TOO_LARGE) so a form can point at what to fix. `about` (a file name)
 * starts the sentence when the field alone would not tell the user which file. Anything else is rethrown.
 */
export function asUserError(error: unknown, field?: string, about?: string): AppError {
  if (!(error instanceof InferenceInputError)) throw error;
  return badInput(field ?? error.field, about ? `${about}: ${error.message}` : error.message, {
    reason: error.code,
  });
}

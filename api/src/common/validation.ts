import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './errors';

function firstProblem(
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = error.constraints && Object.values(error.constraints)[0];
    if (constraint) return { field, message: constraint };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates every input object and argument set with class-validator and answers the first
 * problem as BAD_USER_INPUT naming the field, e.g. `input.currency`.
 */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const problem = firstProblem(errors) ?? { field: 'input', message: 'The input is not valid.' };
    return badInput(problem.field, `${problem.field}: ${problem.message}`);
  },
});

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
 * problem as BAD_USER_INPUT naming the field by its property path within the argument, without
 * the argument's name: `currency`, `lines.0.hourlyRate` (request-guard's checks, which run first,
 * say `input.currency`).
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

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError, badInput } from '../../common/errors';
import { ImportError } from '../../imports';

@ObjectType('ImportProblem', {
  description: 'Something wrong in an imported file, with where it is and what would be valid.',
})
export class ImportProblemType {
  @Field(() => Int, { description: '1-based line of the file.' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column, EDL field or JSON path.' }) field!:
    string | null;
  @Field() message!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What to change to read the file, when the parser can tell (such as the frame rate to import at).',
  })
  suggestion!: string | null;
}

export const toProblem = (error: ImportError): ImportProblemType => ({
  ...error,
  field: error.field ?? null,
  suggestion: error.suggestion ?? null,
});

const LISTED = 100;

// In an error's extensions a problem carries a suggestion only when it has one.
function listed(error: ImportError) {
  const { suggestion, ...problem } = toProblem(error);
  return suggestion === null ? problem : { ...problem, suggestion };
}

/**
 * The error a commit of a file with problems ends in: BAD_USER_INPUT naming the first problem's
 * field (or `content`) and line, every problem (up to 100) in `problems`, and nothing written.
 */
export function importRefusal(errors: readonly ImportError[], what: string): AppError {
  const [first] = errors;
  return badInput(
    first.field ?? 'content',
    `${errors.length === 1 ? 'One problem' : `${errors.length} problems`} in the ${what}; nothing was imported. ${first.message}`,
    { line: first.line, problems: errors.slice(0, LISTED).map(listed), problemCount: errors.length },
  );
}

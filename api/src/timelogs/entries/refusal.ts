import { AppError, badInput } from '../../common/errors';
import { EntryProblem } from './entry-checks';

const LISTED = 100;

/**
 * One BAD_USER_INPUT for a refused batch: the first problem names its field, the message says
 * nothing was saved, and `problems` lists up to 100 of them (`where` names each: entries[12] or
 * line 14).
 */
export function refusal(
  problems: readonly EntryProblem[],
  total: number,
  where: (index: number) => { field: string; label: string },
): AppError {
  const first = problems[0];
  const place = where(first.index);
  const refused = new Set(problems.map((p) => p.index)).size;
  const listed = problems.slice(0, LISTED).map((p) => {
    const at = where(p.index);
    return { field: `${at.field}.${p.field}`, message: `${at.label}: ${p.message}` };
  });
  return badInput(
    `${place.field}.${first.field}`,
    `${refused} of ${total} ${total === 1 ? 'entry is' : 'entries are'} refused and nothing was saved. ${place.label}: ${first.message}`,
    { problems: listed, problemCount: problems.length },
  );
}

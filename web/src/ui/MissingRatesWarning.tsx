import type { MissingRateFieldsFragment as MissingRate } from '../gql/graphql';
import { formatDate } from '../format/dates';
import { formatHours } from '../format/numbers';

/** The longest list drawn; the rest are counted. */
const SHOWN = 50;

/**
 * Time entries a report left out of its money because their role has no rate on the production's
 * card: said loudly, never folded in at zero.
 */
export function MissingRatesWarning({ entries, what }: { entries: readonly MissingRate[]; what: string }) {
  if (entries.length === 0) return null;
  const hours = entries.reduce((sum, e) => sum + e.hours, 0);
  return (
    <div className="state state--warning" role="alert" data-testid="missing-rates">
      <p className="state__title">
        {entries.length} time {entries.length === 1 ? 'entry' : 'entries'} ({formatHours(hours)}) not priced
        in {what}: no rate for the role on the rate card
      </p>
      <p className="muted">
        Add the role to the production’s rate card; until then these hours count, their cost does not.
      </p>
      <ul>
        {entries.slice(0, SHOWN).map((e) => (
          <li key={e.timeEntryId}>
            <span className="code">{e.production}</span> <span className="code">{e.role}</span>,{' '}
            {formatDate(e.workDate)}: {formatHours(e.hours)}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && <p className="muted">…and {entries.length - SHOWN} more.</p>}
    </div>
  );
}

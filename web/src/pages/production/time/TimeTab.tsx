import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { formatDate } from '../../../format/dates';
import { formatHours } from '../../../format/numbers';
import { Badge } from '../../../ui/Badge';
import { FilterBar } from '../../../ui/FilterBar';
import { ShowMore, usePageCount } from '../../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { useFilters } from '../../../ui/useFilters';
import { codeToWords } from '../../../ui/words';
import { type CorrectedEntry, CorrectionDialog } from './CorrectionDialog';
import { TimeImportDialog } from './TimeImportDialog';
import { TimeEntriesQuery } from './time.operations';

const FILTERS = ['person'] as const;
const PAGE_SIZE = 50;

/** A production's logged time by date, each entry correctable (closed months by reversing entries). */
export function TimeTab({ productionId }: { productionId: string }) {
  const [filters, setFilter] = useFilters(FILTERS);
  const page = usePageCount(PAGE_SIZE);
  const [open, setOpen] = useState<{ entry: CorrectedEntry; removing: boolean }>();
  const [done, setDone] = useState<string>();
  const [importing, setImporting] = useState(false);
  const { data, error, loading, refetch } = useQuery(TimeEntriesQuery, {
    productionId,
    first: page.first,
    person: filters.person || undefined,
  });
  const entries = data?.timeEntries;

  return (
    <section aria-labelledby="time-title" className="stack">
      <h2 id="time-title">Time logged</h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import time log
        </button>
      </div>
      {importing && (
        <TimeImportDialog
          productionId={productionId}
          onClose={(changed) => {
            setImporting(false);
            if (changed) refetch();
          }}
        />
      )}
      <FilterBar label="Filter time entries">
        <TextField label="Person" value={filters.person} onChange={(v) => setFilter('person', v)} />
      </FilterBar>
      {done && (
        <p className="muted" role="status" data-testid="correction-done">
          {done}
        </p>
      )}
      {error && <ErrorState error={error} retry={refetch} />}
      {!entries && loading && <Loading what="the time entries" />}
      {entries && entries.totalCount === 0 && (
        <EmptyState title="No time is logged on this production yet." />
      )}
      {entries && entries.totalCount > 0 && (
        <div className="table-wrap">
          <table className="table table--dense" data-testid="time-entries">
            <caption className="visually-hidden">Time entries, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Task</th>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.edges.map(({ node: e }) => {
                const task = `${e.task.shot.code} ${e.task.taskType.name}`;
                const entry = { ...e, task };
                const fixed = Boolean(e.reverses) || e.reversed;
                return (
                  <tr key={e.id}>
                    <td>{formatDate(e.workDate)}</td>
                    <td>{task}</td>
                    <td>{e.person}</td>
                    <td>{e.role.name}</td>
                    <td>{codeToWords(e.kind)}</td>
                    <td className="num">{formatHours(e.minutes / 60)}</td>
                    <td>
                      {e.reverses && <Badge tone="info">reversing entry</Badge>}
                      {e.reversed && <Badge tone="neutral">reversed</Badge>}
                      {e.corrects && <Badge tone="info">correction</Badge>}
                      {e.monthClosed && !fixed && <Badge tone="warn">month closed</Badge>}
                    </td>
                    <td className="actions">
                      {!fixed && (
                        <>
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`Correct ${e.person}'s ${task} entry of ${e.workDate}`}
                            onClick={() => setOpen({ entry, removing: false })}
                          >
                            Correct
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`Remove ${e.person}'s ${task} entry of ${e.workDate}`}
                            onClick={() => setOpen({ entry, removing: true })}
                          >
                            Remove
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore hasMore={entries?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
      {open && (
        <CorrectionDialog
          entry={open.entry}
          removing={open.removing}
          onClose={() => setOpen(undefined)}
          onDone={(message) => {
            setOpen(undefined);
            setDone(message);
            refetch();
          }}
        />
      )}
    </section>
  );
}

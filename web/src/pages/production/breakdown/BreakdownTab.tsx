import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { formatHours, formatNumber } from '../../../format/numbers';
import { formatSpeedEffect } from '../../../format/speed';
import type { TaskPath, TaskStatus } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { FilterBar } from '../../../ui/FilterBar';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { ShowMore, usePageCount } from '../../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { ExportButtons } from '../../../ui/ExportButtons';
import { TextField } from '../../../ui/TextField';
import { useFilters } from '../../../ui/useFilters';
import { useNames } from '../../../ui/useNames';
import { codeToWords } from '../../../ui/words';
import { BreakdownFiltersQuery, BreakdownTasksQuery } from './breakdown.operations';
import { EditDialog, type Edit } from './EditDialog';
import { ImportDialog } from './ImportDialog';
import { RecordRunDialog } from './RecordRunDialog';
import { RowActions } from './RowActions';
import { AiUseDialog } from './ai-use/AiUseDialog';
import { TASK_PATHS, TASK_STATUSES } from '@frameledger/analytics';
import { pathTone } from './paths';

const FILTERS = ['episodeId', 'sequence', 'taskTypeCode', 'path', 'status'] as const;
const PAGE_SIZE = 100;

/** Episodes, shots and tasks of a production with their baseline bids, filtered; imports add to it. */
export function BreakdownTab({ productionId }: { productionId: string }) {
  const [filters, setFilter] = useFilters(FILTERS);
  const [importing, setImporting] = useState(false);
  const [recording, setRecording] = useState<{ id: string; label: string }>();
  const [edit, setEdit] = useState<Edit>();
  const [notice, setNotice] = useState<string>();
  const [aiUse, setAiUse] = useState<{ id: string; label: string; path: TaskPath }>();
  const page = usePageCount(PAGE_SIZE);
  const options = useQuery(BreakdownFiltersQuery, { productionId });
  const names = useNames();
  const { data, error, loading, refetch } = useQuery(BreakdownTasksQuery, {
    productionId,
    first: page.first,
    episodeId: filters.episodeId || undefined,
    sequence: filters.sequence || undefined,
    taskTypeCode: filters.taskTypeCode || undefined,
    path: (filters.path || undefined) as TaskPath | undefined,
    status: (filters.status || undefined) as TaskStatus | undefined,
  });
  const tasks = data?.tasks;
  const filtered = Object.values(filters).some(Boolean);

  return (
    <section aria-labelledby="breakdown-title" className="stack">
      <div className="section-head">
        <h2 id="breakdown-title">Breakdown</h2>
        <div className="actions">
          <ExportButtons report="breakdown" query={{ productionId }} what="the breakdown with its money" />
          <button type="button" className="button" onClick={() => setEdit({ kind: 'addShot' })}>
            Add a shot…
          </button>
          <button type="button" className="button button--primary" onClick={() => setImporting(true)}>
            Import EDL, OTIO or CSV…
          </button>
        </div>
      </div>
      <FilterBar label="Filter the breakdown">
        <SelectField
          label="Episode"
          value={filters.episodeId}
          onChange={(v) => setFilter('episodeId', v)}
          allLabel="All episodes"
          options={
            options.data?.episodes.edges.map(({ node }) => ({
              value: node.id,
              label: `Episode ${node.number}${node.title ? ` · ${node.title}` : ''}`,
            })) ?? []
          }
        />
        <TextField
          label="Sequence"
          value={filters.sequence}
          onChange={(v) => setFilter('sequence', v)}
          placeholder="e.g. COL"
        />
        <SelectField
          label="Task type"
          value={filters.taskTypeCode}
          onChange={(v) => setFilter('taskTypeCode', v)}
          allLabel="All task types"
          options={names.taskTypes.map((t) => ({ value: t.code, label: t.name }))}
        />
        <SelectField
          label="Path"
          value={filters.path}
          onChange={(v) => setFilter('path', v)}
          allLabel="Any path"
          options={codeOptions(TASK_PATHS)}
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          allLabel="Any status"
          options={codeOptions(TASK_STATUSES)}
        />
      </FilterBar>
      {error && <ErrorState error={error} retry={refetch} />}
      {!tasks && loading && <Loading what="the breakdown" />}
      {notice && (
        <p role="status" data-testid="breakdown-notice">
          {notice}
        </p>
      )}
      {tasks && (
        <p className="muted" aria-live="polite" data-testid="breakdown-count">
          {formatNumber(tasks.totalCount, 0)} task{tasks.totalCount === 1 ? '' : 's'}
          {filtered ? ' match the filters' : ''}.
        </p>
      )}
      {tasks && tasks.edges.length === 0 && (
        <EmptyState title={filtered ? 'No task matches the filters.' : 'This production has no tasks yet.'}>
          <p>
            {filtered
              ? 'Clear a filter to see more.'
              : 'Import an EDL, OTIO timeline or breakdown CSV, or add a shot by hand, to add shots and tasks.'}
          </p>
        </EmptyState>
      )}
      {tasks && tasks.edges.length > 0 && (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table" data-testid="breakdown-table">
            <caption className="visually-hidden">Tasks by shot</caption>
            <thead>
              <tr>
                <th scope="col">Shot</th>
                <th scope="col">Episode · sequence</th>
                <th scope="col" className="num">
                  Frames
                </th>
                <th scope="col">Task</th>
                <th scope="col" className="num">
                  Complexity
                </th>
                <th scope="col">Path</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Baseline
                </th>
                <th scope="col">Likeness</th>
                <th scope="col">
                  <span className="visually-hidden">AI done elsewhere</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.edges.map(({ node: t }) => (
                <tr key={t.id}>
                  <th scope="row" className="code">
                    {t.shot.code}
                  </th>
                  <td>
                    {t.shot.episode ? `Ep ${t.shot.episode.number}` : '—'}
                    {t.shot.sequence && ` · ${t.shot.sequence}`}
                  </td>
                  <td className="num">
                    {formatNumber(t.shot.frameCount, 0)}
                    {t.shot.timeScalar !== null && t.shot.timeScalar !== 1 && (
                      <div className="muted">{formatSpeedEffect(t.shot.timeScalar)}</div>
                    )}
                  </td>
                  <td>
                    {t.taskType.name}
                    <br />
                    <span className="muted">{t.taskType.baselineRole.name}</span>
                    {t.vendorCompany && <div className="muted">Vendor: {t.vendorCompany}</div>}
                  </td>
                  <td className="num">{t.complexity}</td>
                  <td>
                    <Badge tone={pathTone(t.path)}>{codeToWords(t.path)}</Badge>
                    {t.aiForbidden && <div className="muted">AI forbidden by policy</div>}
                  </td>
                  <td>{codeToWords(t.status)}</td>
                  <td className="num">
                    {t.baseline ? (
                      <details className="working-inline">
                        <summary>{formatHours(t.baseline.hours)}</summary>
                        <p>{t.baseline.working}</p>
                        <p className="muted">
                          Range {formatHours(t.baseline.optimisticHours)} to{' '}
                          {formatHours(t.baseline.pessimisticHours)} (
                          {t.baseline.source === 'OVERRIDE' ? 'planner’s override' : 'bid template'})
                        </p>
                      </details>
                    ) : (
                      <span className="muted">no bid</span>
                    )}
                  </td>
                  <td>
                    {t.likenessKind === 'NONE' ? (
                      <span className="muted">—</span>
                    ) : (
                      <>
                        {codeToWords(t.likenessKind)}
                        {t.performerName && <div className="muted">{t.performerName}</div>}
                      </>
                    )}
                  </td>
                  <td>
                    {t.path !== 'HUMAN' && !t.aiForbidden && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setRecording({ id: t.id, label: `${t.shot.code} ${t.taskType.name}` })}
                      >
                        Record vendor run…
                      </button>
                    )}
                    {t.path !== 'HUMAN' && !t.aiForbidden && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          setAiUse({ id: t.id, label: `${t.shot.code} ${t.taskType.name}`, path: t.path })
                        }
                      >
                        AI use and sign-off…
                      </button>
                    )}
                  </td>
                  <td>
                    <RowActions
                      shot={t.shot}
                      task={{ ...t, typeName: t.taskType.name }}
                      onEdit={(next) => {
                        setNotice(undefined);
                        setEdit(next);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore hasMore={tasks?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
      {recording && (
        <RecordRunDialog
          task={recording}
          onClose={(recorded) => {
            setRecording(undefined);
            if (recorded) refetch();
          }}
        />
      )}
      {edit && (
        <EditDialog
          edit={edit}
          productionId={productionId}
          taskTypes={names.taskTypes}
          onClose={(changed, summary) => {
            setEdit(undefined);
            setNotice(summary);
            if (changed) {
              refetch();
              options.refetch();
            }
          }}
        />
      )}
      {aiUse && (
        <AiUseDialog
          task={aiUse}
          onClose={(changed) => {
            setAiUse(undefined);
            if (changed) refetch();
          }}
        />
      )}
      {importing && (
        <ImportDialog
          productionId={productionId}
          taskTypes={names.taskTypes}
          onClose={(committed) => {
            setImporting(false);
            if (committed) {
              refetch();
              options.refetch();
            }
          }}
        />
      )}
    </section>
  );
}

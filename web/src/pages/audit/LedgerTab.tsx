import { Fragment, useState } from 'react';
import { queryString } from '../../api/files';
import { useQuery } from '../../api/hooks';
import { dayEndExclusiveUtc, dayStartUtc, formatDateTime } from '../../format/dates';
import { formatDuration, formatNumber } from '../../format/numbers';
import { Badge } from '../../ui/Badge';
import { DownloadButton } from '../../ui/DownloadButton';
import { MoneyText } from '../../ui/MoneyText';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { SelectField } from '../../ui/SelectField';
import { ShowMore, usePageCount } from '../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { useFilters } from '../../ui/useFilters';
import { codeToWords, shortHash } from '../../ui/words';
import type { LedgerOrder } from '../../gql/graphql';
import { AiUseLedgerQuery, ModelNamesQuery } from './audit.operations';
import { consentTone, exceptionTone, trainingDataTone } from './tones';

const FILTERS = ['productionId', 'modelId', 'from', 'to'] as const;
const PAGE_SIZE = 50;

/** Every AI use with its model, provenance, people and consent, filtered and exported as CSV. */
export function LedgerTab() {
  const [filters, setFilter] = useFilters(FILTERS);
  const page = usePageCount(PAGE_SIZE);
  const [open, setOpen] = useState<string>();
  const [order, setOrder] = useState<LedgerOrder>('NEWEST_FIRST');
  const newestFirst = order === 'NEWEST_FIRST';
  const apiFilters = {
    productionId: filters.productionId || undefined,
    modelId: filters.modelId || undefined,
    from: dayStartUtc(filters.from),
    to: dayEndExclusiveUtc(filters.to),
  };
  const filtered = Object.values(apiFilters).some(Boolean);
  const { data, error, loading, refetch } = useQuery(AiUseLedgerQuery, {
    first: page.first,
    ...apiFilters,
    order,
  });
  const models = useQuery(ModelNamesQuery, {});
  const ledger = data?.aiUseLedger;

  return (
    <section aria-labelledby="ledger-title" className="stack">
      <h2 id="ledger-title" className="visually-hidden">
        AI-use ledger
      </h2>
      <FilterBar label="Filter the ledger">
        <ProductionSelect
          value={filters.productionId}
          onChange={(v) => setFilter('productionId', v)}
          allLabel="All productions"
        />
        <SelectField
          label="Model"
          value={filters.modelId}
          onChange={(v) => setFilter('modelId', v)}
          allLabel="All models"
          options={
            models.data?.modelInventory.map((m) => ({ value: m.id, label: `${m.name} ${m.version}` })) ?? []
          }
        />
        <TextField
          label="Finished from"
          type="date"
          value={filters.from}
          onChange={(v) => setFilter('from', v)}
        />
        <TextField label="Finished to" type="date" value={filters.to} onChange={(v) => setFilter('to', v)} />
        <DownloadButton
          path={`/files/governance/ai-use-ledger.csv${queryString(apiFilters)}`}
          fileName="ai-use-ledger.csv"
          label="Export CSV"
        />
      </FilterBar>
      {error && <ErrorState error={error} retry={refetch} />}
      {!ledger && loading && <Loading what="the AI-use ledger" />}
      {ledger && (
        <p className="muted" aria-live="polite" data-testid="ledger-count">
          {ledger.totalCount} AI use{ledger.totalCount === 1 ? '' : 's'}
          {filtered ? ' match the filters' : ' recorded'}.
        </p>
      )}
      {ledger && ledger.edges.length === 0 && (
        <EmptyState title={filtered ? 'No AI use matches the filters.' : 'No AI use is recorded yet.'}>
          <p>
            {filtered && 'Clear a filter or widen the dates. '}AI uses appear when a job finishes or a vendor
            render log is recorded.
          </p>
        </EmptyState>
      )}
      {ledger && ledger.edges.length > 0 && (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table table--dense" data-testid="ledger-table">
            <caption className="visually-hidden">AI uses, {newestFirst ? 'newest' : 'oldest'} first</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={newestFirst ? 'descending' : 'ascending'}>
                  <button
                    type="button"
                    className="th-sort"
                    onClick={() => setOrder(newestFirst ? 'OLDEST_FIRST' : 'NEWEST_FIRST')}
                  >
                    Finished <span aria-hidden="true">{newestFirst ? '↓' : '↑'}</span>
                  </button>
                </th>
                <th scope="col">Shot and task</th>
                <th scope="col" className="col-wide">
                  Model
                </th>
                <th scope="col">Training data</th>
                <th scope="col">Ran by · approved by</th>
                <th scope="col">Likeness and consent</th>
                <th scope="col" className="num">
                  Machine time
                </th>
                <th scope="col" className="num">
                  Compute cost
                </th>
                <th scope="col">Exceptions</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ledger.edges.map(({ node: use }) => (
                <Fragment key={use.runId}>
                  <tr>
                    <td>{formatDateTime(use.finishedAt)}</td>
                    <td>
                      <span className="code nowrap">
                        {use.productionCode} / {use.shotCode}
                      </span>
                      <br />
                      {codeToWords(use.taskType)} · {codeToWords(use.path)}
                    </td>
                    <td>
                      {use.modelName}
                      {use.tool && (
                        <>
                          <br />
                          {use.tool} · run by {use.operator} · C2PA{' '}
                          {codeToWords(use.c2paStatus ?? 'NONE').toLowerCase()}
                        </>
                      )}
                      <br />
                      <span className="muted">{use.licence ?? 'licence not declared'}</span>
                    </td>
                    <td>
                      {use.trainingData ? (
                        <Badge tone={trainingDataTone(use.trainingData)}>
                          {codeToWords(use.trainingData)}
                        </Badge>
                      ) : (
                        <span className="muted">external run</span>
                      )}
                    </td>
                    <td>
                      {use.ranBy ?? '—'}
                      <br />
                      <span className="muted">{use.modelApprovedBy ?? 'not approved'}</span>
                    </td>
                    <td>
                      {use.likenessKind === 'NONE' ? (
                        <span className="muted">No likeness</span>
                      ) : (
                        <>
                          {codeToWords(use.likenessKind)}
                          {use.performerName && <> · {use.performerName}</>}
                          <br />
                          <Badge tone={consentTone(use.consentStanding)}>
                            {codeToWords(use.consentStanding ?? 'MISSING')}
                          </Badge>
                        </>
                      )}
                    </td>
                    <td className="num">{formatDuration(use.wallMs)}</td>
                    <td className="num">
                      <MoneyText money={use.computeCost} />
                    </td>
                    <td>
                      {use.exceptions.length === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        use.exceptions.map((x) => (
                          <Badge key={x.id} tone={exceptionTone(x.status)} title={`${x.ruleId}: ${x.status}`}>
                            {codeToWords(x.ruleId)}
                          </Badge>
                        ))
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={open === use.runId}
                        aria-controls={`use-${use.runId}`}
                        onClick={() => setOpen(open === use.runId ? undefined : use.runId)}
                      >
                        {open === use.runId ? 'Hide' : 'Details'}
                      </button>
                    </td>
                  </tr>
                  {open === use.runId && (
                    <tr id={`use-${use.runId}`} className="table__detail">
                      <td colSpan={10}>
                        <dl className="facts">
                          <dt>Source</dt>
                          <dd>
                            {use.source === 'PIPELINE'
                              ? `FrameLedger job ${use.jobId}`
                              : `External: ${use.externalRef ?? 'vendor log'}`}
                          </dd>
                          <dt>Model sha256</dt>
                          <dd className="code">{use.modelSha256 ?? '—'}</dd>
                          <dt>Model status</dt>
                          <dd>
                            {use.modelStatus ?? '—'}
                            {use.modelApprovedAt && ` (approved ${formatDateTime(use.modelApprovedAt)})`}
                          </dd>
                          <dt>Vendor</dt>
                          <dd>{use.vendor ?? '—'}</dd>
                          <dt>Training-data notes</dt>
                          <dd>{use.trainingDataNotes || '—'}</dd>
                          <dt>Ran on</dt>
                          <dd>
                            {use.deviceClass}
                            {use.provider && ` via ${use.provider}`} · {formatNumber(use.frames, 0)} frames
                          </dd>
                          <dt>Notice before first use</dt>
                          <dd>
                            {use.noticeHoursBeforeFirstUse === null ||
                            use.noticeHoursBeforeFirstUse === undefined
                              ? '—'
                              : `${formatNumber(use.noticeHoursBeforeFirstUse, 1)} h (48 h required)`}
                          </dd>
                          <dt>In the final deliverable</dt>
                          <dd>{use.inFinalDeliverable ? 'Yes' : 'No'}</dd>
                          <dt>Task</dt>
                          <dd className="code" title={use.taskId}>
                            {shortHash(use.taskId)}
                          </dd>
                        </dl>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore hasMore={ledger?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
    </section>
  );
}

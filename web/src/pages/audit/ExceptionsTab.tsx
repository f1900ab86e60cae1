import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useUser } from '../../auth/session';
import { formatDateTime } from '../../format/dates';
import type { PolicyExceptionStatus, PolicyRuleId, PolicyExceptionsQuery as Result } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { codeOptions, SelectField } from '../../ui/SelectField';
import { ShowMore, usePageCount } from '../../ui/ShowMore';
import { StatementDownloads } from '../../ui/StatementDownloads';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useFilters } from '../../ui/useFilters';
import { codeToWords } from '../../ui/words';
import { PolicyExceptionsQuery, PolicyRulesQuery } from './audit.operations';
import { BulkReview } from './BulkReview';
import { ExceptionGroups } from './ExceptionGroups';
import { ExceptionNotice, NOTICE_OF_RULE } from './ExceptionNotice';
import { EvidenceFacts } from './EvidenceFacts';
import { ExceptionReview } from './ExceptionReview';
import { PolicyExceptionCountsQuery } from './exception-triage.operations';
import { exceptionTone, reviewTone } from './tones';

const FILTERS = ['productionId', 'pack', 'ruleId', 'status'] as const;
const STATUSES: PolicyExceptionStatus[] = ['OPEN', 'RESOLVED', 'WAIVED'];
const PAGE_SIZE = 50;

export type PolicyExceptionRow = Result['policyExceptions']['edges'][number]['node'];

/** The policy exceptions register: what broke which rule, its status, and the reviewers' notes. */
export function ExceptionsTab() {
  const user = useUser();
  const [filters, setFilter, setFilters] = useFilters(FILTERS);
  const page = usePageCount(PAGE_SIZE);
  const rules = useQuery(PolicyRulesQuery, {});
  const filter = {
    productionId: filters.productionId || undefined,
    pack: filters.pack || undefined,
    ruleId: (filters.ruleId || undefined) as PolicyRuleId | undefined,
    status: (filters.status || undefined) as PolicyExceptionStatus | undefined,
  };
  const { data, error, loading, refetch } = useQuery(PolicyExceptionsQuery, {
    first: page.first,
    filter,
  });
  const list = data?.policyExceptions;
  const ruleText = new Map(rules.data?.policyRules.map((r) => [r.id, r]) ?? []);
  // The packs the rules name, and the rule choices narrowed to the chosen pack.
  const packs = [...new Set(rules.data?.policyRules.flatMap((r) => r.packs) ?? [])];
  const packRules =
    rules.data?.policyRules.filter((r) => !filters.pack || r.packs.includes(filters.pack)) ?? [];
  const counts = useQuery(PolicyExceptionCountsQuery, { filter });
  const canReview = user.role === 'REVIEWER' || user.role === 'ADMIN';
  const canOpenProductions = user.role === 'PLANNER' || user.role === 'ADMIN';
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const refresh = () => {
    void refetch();
    void counts.refetch();
  };

  return (
    <section aria-labelledby="exceptions-title" className="stack">
      <h2 id="exceptions-title" className="visually-hidden">
        Policy exceptions
      </h2>
      <FilterBar label="Filter the exceptions">
        <ProductionSelect
          value={filters.productionId}
          onChange={(v) => setFilter('productionId', v)}
          allLabel="All productions"
        />
        <SelectField
          label="Rule pack"
          value={filters.pack}
          onChange={(v) => setFilter('pack', v)}
          allLabel="All packs"
          options={packs.map((p) => ({ value: p, label: p }))}
        />
        <SelectField
          label="Rule"
          value={filters.ruleId}
          onChange={(v) => setFilter('ruleId', v)}
          allLabel="All rules"
          options={packRules.map((r) => ({ value: r.id, label: codeToWords(r.id) }))}
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          allLabel="Any status"
          options={codeOptions(STATUSES)}
        />
        {filters.productionId && <StatementDownloads productionId={filters.productionId} />}
      </FilterBar>
      <ExceptionGroups
        groups={counts.data?.policyExceptionCounts}
        error={counts.error}
        retry={counts.refetch}
        ruleName={codeToWords}
        onPick={(g) => setFilters({ productionId: g.productionId, ruleId: g.ruleId })}
      />
      {canReview && list && list.edges.length > 0 && (
        <BulkReview
          ids={list.edges.map((e) => e.node.id).filter((id) => selected.has(id))}
          shown={list.edges.length}
          onSelectAll={() => setSelected(new Set(list.edges.map((e) => e.node.id)))}
          onClear={() => setSelected(new Set())}
          onSaved={() => {
            setSelected(new Set());
            refresh();
          }}
        />
      )}
      {error && <ErrorState error={error} retry={refetch} />}
      {!list && loading && <Loading what="policy exceptions" />}
      {list && list.edges.length === 0 && (
        <EmptyState title="No policy exceptions match.">
          <p>
            An exception opens when a FLAG rule is broken by a job or a delivery; clear a filter to see closed
            ones.
          </p>
        </EmptyState>
      )}
      {list && list.edges.length > 0 && (
        <ul className="card-list" aria-label="Policy exceptions">
          {list.edges.map(({ node: x }) => {
            const rule = ruleText.get(x.ruleId);
            return (
              <li key={x.id} className="card exception">
                <div className="exception__head">
                  {canReview && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${x.productionCode} / ${x.shotCode}: ${codeToWords(x.ruleId)}`}
                      checked={selected.has(x.id)}
                      onChange={() => toggle(x.id)}
                    />
                  )}
                  <Badge tone={exceptionTone(x.status)}>{codeToWords(x.status)}</Badge>
                  <strong>{codeToWords(x.ruleId)}</strong>
                  <span className="code">
                    {x.productionCode} / {x.shotCode}
                  </span>
                  <span className="muted">
                    seen {x.occurrences}× · first {formatDateTime(x.firstSeenAt)} · last{' '}
                    {formatDateTime(x.lastSeenAt)}
                  </span>
                </div>
                <p className="exception__message">{x.message}</p>
                {rule && (
                  <p className="muted">
                    Rule: {rule.text} <em>({rule.source})</em>
                  </p>
                )}
                <details>
                  <summary>Evidence the rule weighed</summary>
                  <EvidenceFacts
                    json={x.evidenceJson}
                    shot={{
                      code: x.shotCode,
                      // Reviewers have no production pages; planners and admins open its breakdown.
                      href: canOpenProductions ? `/productions/${x.productionId}/breakdown` : undefined,
                    }}
                  />
                </details>
                {x.closeReason && (
                  <p>
                    {x.status === 'WAIVED' ? 'Waived' : 'Resolved'} by {x.closedBy ?? '—'}
                    {x.closedAt && ` on ${formatDateTime(x.closedAt)}`}: {x.closeReason}
                  </p>
                )}
                <div className="exception__review">
                  <Badge tone={reviewTone(x.reviewStatus)}>Review: {codeToWords(x.reviewStatus)}</Badge>
                  {x.reviewNote && <q>{x.reviewNote}</q>}
                  {x.reviewedBy && (
                    <span className="muted">
                      {x.reviewedBy}
                      {x.reviewedAt && `, ${formatDateTime(x.reviewedAt)}`}
                    </span>
                  )}
                </div>
                <ExceptionReview exception={x} canWaive={user.role === 'ADMIN'} onSaved={refresh} />
                {NOTICE_OF_RULE[x.ruleId] && x.status === 'OPEN' && (
                  <ExceptionNotice exception={x} onSaved={refresh} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ShowMore hasMore={list?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
    </section>
  );
}

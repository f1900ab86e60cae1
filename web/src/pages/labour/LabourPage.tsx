import { useMemo } from 'react';
import { useLazyQuery, useQuery } from '../../api/hooks';
import { formatMoneyFor } from '../../format/money';
import { formatNumber } from '../../format/numbers';
import { quartersSince } from '../../format/quarters';
import type { LabourDimension, LabourFiguresFieldsFragment } from '../../gql/graphql';
import { LabourHoursChart } from '../../ui/charts/charts';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { codeOptions, literalOptions, SelectField } from '../../ui/SelectField';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { ExportButtons } from '../../ui/ExportButtons';
import { Tile } from '../../ui/Tile';
import { useFilters } from '../../ui/useFilters';
import { useNames } from '../../ui/useNames';
import { WorkingButton } from '../../ui/working/WorkingButton';
import { ProductionsQuery } from '../production-list/productions.operations';
import { LabourImpactQuery, LabourWorkingQuery } from './labour.operations';

const FILTERS = ['from', 'to', 'productionId', 'groupBy'] as const;
const DIMENSIONS: LabourDimension[] = ['ROLE', 'DEPARTMENT', 'TASK_TYPE', 'QUARTER'];
const DEFAULT_SPAN = 4;

type Row = LabourFiguresFieldsFragment;
const rowKey = (r: Pick<Row, 'role' | 'department' | 'taskType' | 'quarter'>) =>
  [r.role, r.department, r.taskType, r.quarter].join('|');

/** Hours and FTE displaced and created by AI, with wages displaced; every figure opens its working. */
export default function LabourPage() {
  const [filters, setFilter] = useFilters(FILTERS);
  const productions = useQuery(ProductionsQuery, { first: 100 });
  const quarters = useMemo(() => {
    const starts = productions.data?.productions.edges.map((e) => e.node.startDate).sort() ?? [];
    return starts.length ? quartersSince(starts[0]) : [];
  }, [productions.data]);
  const to = filters.to || quarters[0] || '';
  const from = filters.from || quarters[Math.min(DEFAULT_SPAN - 1, quarters.length - 1)] || '';
  const span = quarters.filter((q) => q >= from && q <= to).reverse();
  const groupBy = (filters.groupBy || 'ROLE') as LabourDimension;
  const variables = {
    filter: { quarters: span, productionIds: filters.productionId ? [filters.productionId] : undefined },
    groupBy: [groupBy],
  };
  const report = useQuery(LabourImpactQuery, variables, { skip: span.length === 0 });
  const loadWorking = useLazyQuery(LabourWorkingQuery, variables);
  const names = useNames();
  const impact = report.data?.labourImpact;
  const groupName = (r: Row) => {
    if (groupBy === 'ROLE') return r.role ? names.role(r.role) : '—';
    if (groupBy === 'DEPARTMENT') return r.department ?? '—';
    if (groupBy === 'TASK_TYPE') return r.taskType ? names.taskType(r.taskType) : '—';
    return r.quarter ?? '—';
  };
  const rowWorking = (r: Row) => () =>
    loadWorking().then((w) => w.labourImpact.rows.find((x) => rowKey(x) === rowKey(r))?.working);
  const totalsWorking = () => loadWorking().then((w) => w.labourImpact.totals.working);

  return (
    <section aria-labelledby="labour-title" className="page">
      <header className="page__header">
        <h1 id="labour-title">Labour impact</h1>
        <p className="muted">
          Displaced: baseline hours an AI task no longer needed from its craft role. Created: AI operator and
          review hours. Select any figure to see its working.
        </p>
      </header>
      <FilterBar label="Filter the labour impact">
        <SelectField
          label="From quarter"
          value={from}
          onChange={(v) => setFilter('from', v)}
          options={literalOptions(quarters)}
        />
        <SelectField
          label="To quarter"
          value={to}
          onChange={(v) => setFilter('to', v)}
          options={literalOptions(quarters)}
        />
        <ProductionSelect
          value={filters.productionId}
          onChange={(v) => setFilter('productionId', v)}
          allLabel="All productions"
        />
        <SelectField
          label="Group by"
          value={groupBy}
          onChange={(v) => setFilter('groupBy', v)}
          options={codeOptions(DIMENSIONS)}
        />
      </FilterBar>
      {from > to && <p className="form-error">The first quarter is after the last; swap them.</p>}
      {span.length > 0 && (
        <ExportButtons
          report="labour-impact"
          query={{ quarters: span.join(','), productionIds: filters.productionId, groupBy }}
          what="the labour impact"
        />
      )}
      {report.error && <ErrorState error={report.error} retry={report.refetch} />}
      {!impact && report.loading && <Loading what="the labour impact" />}
      {impact && (
        <>
          <div className="tiles" aria-busy={report.loading}>
            <Tile
              testId="labour-displaced"
              label="Displaced"
              value={
                <WorkingButton title="displaced hours, all groups" load={totalsWorking}>
                  {formatNumber(impact.totals.displacedHours, 1)} h
                </WorkingButton>
              }
              detail={`${formatNumber(impact.totals.displacedFte, 2)} FTE over ${impact.totals.finishedAiTasks} finished AI tasks`}
            />
            <Tile
              label="Created"
              value={`${formatNumber(impact.totals.createdHours, 1)} h`}
              detail={`${formatNumber(impact.totals.createdFte, 2)} FTE of AI operation and review`}
            />
            <Tile
              label="Net"
              value={`${formatNumber(impact.totals.netHours, 1)} h`}
              detail={`${formatNumber(impact.totals.netFte, 2)} FTE (created − displaced)`}
            />
            <Tile
              label="Wages displaced"
              value={formatMoneyFor(impact.totals.wagesDisplaced)}
              detail={`displaced hours × loaded rates, in ${impact.currency}`}
            />
          </div>
          {impact.rows.length === 0 ? (
            <EmptyState title="No AI work in these quarters.">
              <p>Widen the quarters or clear the production filter.</p>
            </EmptyState>
          ) : (
            <>
              <section className="card" aria-labelledby="labour-chart-title">
                <h2 id="labour-chart-title">Displaced and created hours by {codeToGroup(groupBy)}</h2>
                <LabourHoursChart
                  data={impact.rows.map((r) => ({
                    group: groupName(r),
                    displaced: r.displacedHours,
                    created: r.createdHours,
                  }))}
                />
              </section>
              <div className="table-wrap" aria-busy={report.loading}>
                <table className="table" data-testid="labour-table">
                  <caption className="visually-hidden">Labour impact by {codeToGroup(groupBy)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{codeToGroup(groupBy)}</th>
                      <th scope="col" className="num">
                        Displaced h
                      </th>
                      <th scope="col" className="num">
                        Displaced FTE
                      </th>
                      <th scope="col" className="num">
                        Created h
                      </th>
                      <th scope="col" className="num">
                        Created FTE
                      </th>
                      <th scope="col" className="num">
                        Net h
                      </th>
                      <th scope="col" className="num">
                        Wages displaced
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {impact.rows.map((r) => {
                      return (
                        <tr key={rowKey(r)}>
                          <th scope="row">{groupName(r)}</th>
                          {(
                            [
                              ['displaced hours', `${formatNumber(r.displacedHours, 1)}`],
                              ['displaced FTE', formatNumber(r.displacedFte, 2)],
                              ['created hours', formatNumber(r.createdHours, 1)],
                              ['created FTE', formatNumber(r.createdFte, 2)],
                              ['net hours', formatNumber(r.netHours, 1)],
                              ['wages displaced', formatMoneyFor(r.wagesDisplaced)],
                            ] as const
                          ).map(([what, text]) => (
                            <td key={what} className="num">
                              <WorkingButton title={`labour impact of ${groupName(r)}`} load={rowWorking(r)}>
                                {text}
                              </WorkingButton>
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Total</th>
                      <td className="num">{formatNumber(impact.totals.displacedHours, 1)}</td>
                      <td className="num">{formatNumber(impact.totals.displacedFte, 2)}</td>
                      <td className="num">{formatNumber(impact.totals.createdHours, 1)}</td>
                      <td className="num">{formatNumber(impact.totals.createdFte, 2)}</td>
                      <td className="num">{formatNumber(impact.totals.netHours, 1)}</td>
                      <td className="num">{formatMoneyFor(impact.totals.wagesDisplaced)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

const codeToGroup = (d: LabourDimension): string =>
  ({ ROLE: 'Role', DEPARTMENT: 'Department', TASK_TYPE: 'Task type', QUARTER: 'Quarter' })[d];

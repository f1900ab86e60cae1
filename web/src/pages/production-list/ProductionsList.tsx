import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { formatDate } from '../../format/dates';
import { MoneyText } from '../../ui/MoneyText';
import { ShowMore, usePageCount } from '../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { NewProductionDialog } from './NewProductionDialog';
import { ProductionsQuery } from './productions.operations';

const PAGE_SIZE = 50;

/** Every production with its VFX budget in its own currency, ordered by code. */
export function ProductionsList() {
  const page = usePageCount(PAGE_SIZE);
  const { data, error, loading, refetch } = useQuery(ProductionsQuery, { first: page.first });
  const list = data?.productions;
  const [creating, setCreating] = useState(false);

  return (
    <section aria-labelledby="productions-title" className="page">
      <header className="page__header">
        <h1 id="productions-title">Productions</h1>
        {list && (
          <p className="muted">
            {list.totalCount} production{list.totalCount === 1 ? '' : 's'}; budgets in each production’s
            currency.
          </p>
        )}
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New production
        </button>
      </header>
      {creating && <NewProductionDialog onClose={() => setCreating(false)} />}
      {error && <ErrorState error={error} retry={refetch} />}
      {!list && loading && <Loading what="productions" />}
      {list && list.edges.length === 0 && (
        <EmptyState title="No productions yet.">
          <p>A planner or admin creates one with its currency, VFX budget and delivery date.</p>
        </EmptyState>
      )}
      {list && list.edges.length > 0 && (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table" data-testid="productions-table">
            <caption className="visually-hidden">Productions and their VFX budgets</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Country</th>
                <th scope="col" className="num">
                  VFX budget
                </th>
                <th scope="col">Start</th>
                <th scope="col">Delivery</th>
                <th scope="col">Guild-covered</th>
              </tr>
            </thead>
            <tbody>
              {list.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row" className="code">
                    <Link to={`/productions/${node.id}`}>{node.code}</Link>
                  </th>
                  <td>{node.title}</td>
                  <td>{node.country}</td>
                  <td className="num">
                    <MoneyText money={node.vfxBudget} />
                  </td>
                  <td>{formatDate(node.startDate)}</td>
                  <td>{formatDate(node.deliveryDate)}</td>
                  <td>{node.guildCovered ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore hasMore={list?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
    </section>
  );
}

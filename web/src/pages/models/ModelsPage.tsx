import { useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useUser } from '../../auth/session';
import type { ModelStatus } from '../../gql/graphql';
import { FilterBar } from '../../ui/FilterBar';
import { codeOptions, SelectField } from '../../ui/SelectField';
import { ShowMore, usePageCount } from '../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useFilters } from '../../ui/useFilters';
import { useNames } from '../../ui/useNames';
import { ModelCard } from './ModelCard';
import { ModelUseQuery, ModelsQuery } from './models.operations';
import { RegisterModelDialog } from './RegisterModelDialog';

const FILTERS = ['status', 'taskType'] as const;
const STATUSES: ModelStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
const PAGE_SIZE = 50;

/** The model registry: provenance, model card and approval; admins register, approve and reject. */
export default function ModelsPage() {
  const user = useUser();
  const isAdmin = user.role === 'ADMIN';
  const [filters, setFilter] = useFilters(FILTERS);
  const [registering, setRegistering] = useState(false);
  const page = usePageCount(PAGE_SIZE);
  const filter = {
    status: (filters.status || undefined) as ModelStatus | undefined,
    taskType: filters.taskType || undefined,
  };
  const { data, error, loading, refetch } = useQuery(ModelsQuery, { first: page.first, filter });
  const use = useQuery(ModelUseQuery, {});
  const names = useNames();
  const useById = new Map(use.data?.modelInventory.map((m) => [m.id, m]) ?? []);
  const models = data?.models;

  return (
    <section aria-labelledby="models-title" className="page">
      <header className="page__header">
        <h1 id="models-title">Models</h1>
        {isAdmin && (
          <button type="button" className="button button--primary" onClick={() => setRegistering(true)}>
            Register a model…
          </button>
        )}
      </header>
      <p className="muted">
        Every ONNX model with where it came from, what it was trained on and who approved it. A new model is
        pending until an admin approves it; jobs refuse a model that is not approved.
      </p>
      <FilterBar label="Filter the models">
        <SelectField
          label="Approval"
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          allLabel="Any"
          options={codeOptions(STATUSES)}
        />
        <SelectField
          label="Task type"
          value={filters.taskType}
          onChange={(v) => setFilter('taskType', v)}
          allLabel="All task types"
          options={names.taskTypes.map((t) => ({ value: t.code, label: t.name }))}
        />
      </FilterBar>
      {error && <ErrorState error={error} retry={refetch} />}
      {!models && loading && <Loading what="the model registry" />}
      {models && models.edges.length === 0 && (
        <EmptyState title="No model matches.">
          <p>
            {isAdmin
              ? 'Register an .onnx file to add one.'
              : 'Clear a filter, or ask an admin to register the model.'}
          </p>
        </EmptyState>
      )}
      {models && models.edges.length > 0 && (
        <ul className="model-grid" aria-label="Registered models" aria-busy={loading}>
          {models.edges.map(({ node }) => (
            <li key={node.id}>
              <ModelCard
                model={node}
                use={useById.get(node.id)}
                canDecide={isAdmin}
                taskTypeName={names.taskType}
                onDecided={() => {
                  refetch();
                  use.refetch();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <ShowMore hasMore={models?.pageInfo.hasNextPage} loading={loading} onMore={page.more} />
      {registering && (
        <RegisterModelDialog
          taskTypes={names.taskTypes}
          onClose={(registered) => {
            setRegistering(false);
            if (registered) {
              refetch();
              use.refetch();
            }
          }}
        />
      )}
    </section>
  );
}

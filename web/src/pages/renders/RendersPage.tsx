import { useCallback, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { useUser } from '../../auth/session';
import type { InferenceJobStatus, JobFieldsFragment } from '../../gql/graphql';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { codeOptions, SelectField } from '../../ui/SelectField';
import { ShowMore, usePageCount } from '../../ui/ShowMore';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useFilters } from '../../ui/useFilters';
import { JobDetail } from './JobDetail';
import { JobList } from './JobList';
import { isLive, JOB_STATUSES } from './job-status';
import { InferenceJobsQuery } from './renders.operations';
import { SubmitJobDialog } from './SubmitJobDialog';

const FILTERS = ['productionId', 'status', 'job'] as const;
const PAGE_SIZE = 30;

/** Jobs and their renders beside what they cost; live progress while they run. */
export default function RendersPage() {
  const user = useUser();
  const canRun = user.role === 'OPERATOR' || user.role === 'ADMIN';
  const [filters, setFilter] = useFilters(FILTERS);
  const [submitting, setSubmitting] = useState(false);
  const [liveJobs, setLiveJobs] = useState<Record<string, JobFieldsFragment>>({});
  const page = usePageCount(PAGE_SIZE);
  const filter = {
    productionId: filters.productionId || undefined,
    status: (filters.status || undefined) as InferenceJobStatus | undefined,
  };
  const { data, error, loading, refetch } = useQuery(InferenceJobsQuery, { first: page.first, filter });
  const jobs = (data?.inferenceJobs.edges ?? []).map(({ node }) => liveJobs[node.id] ?? node);
  const selected = jobs.find((j) => j.id === filters.job) ?? jobs[0];

  // A running job's latest state from the subscription; when it finishes, the list is read again.
  const onLiveUpdate = useCallback(
    (job: JobFieldsFragment) => {
      setLiveJobs((all) => ({ ...all, [job.id]: job }));
      if (!isLive(job.status)) refetch();
    },
    [refetch],
  );

  return (
    <section aria-labelledby="renders-title" className="page">
      <header className="page__header">
        <h1 id="renders-title">Renders</h1>
        {canRun && (
          <button type="button" className="button button--primary" onClick={() => setSubmitting(true)}>
            Run a model…
          </button>
        )}
      </header>
      <FilterBar label="Filter the jobs">
        <ProductionSelect
          value={filters.productionId}
          onChange={(v) => setFilter('productionId', v)}
          allLabel="All productions"
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          allLabel="Any status"
          options={codeOptions(JOB_STATUSES)}
        />
      </FilterBar>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && loading && <Loading what="jobs" />}
      {data && jobs.length === 0 && (
        <EmptyState title="No job matches.">
          <p>
            {canRun
              ? 'Run a model over a frame folder for a task; its renders and costs appear here.'
              : 'Jobs appear here when an operator runs a model for a task.'}
          </p>
        </EmptyState>
      )}
      {jobs.length > 0 && (
        <div className="renders-layout">
          <div className="stack">
            <JobList
              jobs={jobs}
              selectedId={selected?.id}
              onSelect={(id) => setFilter('job', id)}
              canCancel={canRun}
              onLiveUpdate={onLiveUpdate}
            />
            <ShowMore
              hasMore={data?.inferenceJobs.pageInfo.hasNextPage}
              loading={loading}
              onMore={page.more}
            />
          </div>
          {selected && <JobDetail key={selected.id} job={selected} />}
        </div>
      )}
      {submitting && (
        <SubmitJobDialog
          onClose={(jobId) => {
            setSubmitting(false);
            if (jobId) {
              setFilter('job', jobId);
              refetch();
            }
          }}
        />
      )}
    </section>
  );
}

import { useEffect } from 'react';
import { useMutation } from '../../api/hooks';
import { useSubscription } from '../../api/subscriptions';
import { formatDateTime } from '../../format/dates';
import type { JobFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { ProgressBar } from '../../ui/ProgressBar';
import { codeToWords } from '../../ui/words';
import { isLive, jobTone } from './job-status';
import { CancelJobMutation, JobProgressSubscription } from './renders.operations';

/** Jobs newest first; running ones follow the progress subscription, and operators may cancel them. */
export function JobList({
  jobs,
  selectedId,
  onSelect,
  canCancel,
  onLiveUpdate,
}: {
  jobs: JobFieldsFragment[];
  selectedId?: string;
  onSelect(id: string): void;
  canCancel: boolean;
  onLiveUpdate(job: JobFieldsFragment): void;
}) {
  return (
    <ul className="job-list" aria-label="Inference jobs">
      {jobs.map((job) => (
        <li key={job.id}>
          {isLive(job.status) ? (
            <LiveJob
              job={job}
              selected={job.id === selectedId}
              onSelect={onSelect}
              canCancel={canCancel}
              onUpdate={onLiveUpdate}
            />
          ) : (
            <JobItem job={job} selected={job.id === selectedId} onSelect={onSelect} canCancel={false} />
          )}
        </li>
      ))}
    </ul>
  );
}

function LiveJob({
  job,
  onUpdate,
  ...rest
}: {
  job: JobFieldsFragment;
  selected: boolean;
  onSelect(id: string): void;
  canCancel: boolean;
  onUpdate(job: JobFieldsFragment): void;
}) {
  const live = useSubscription(JobProgressSubscription, { jobId: job.id }, true);
  const current = live.data?.jobProgress ?? job;
  useEffect(() => {
    if (live.data) onUpdate(live.data.jobProgress);
  }, [live.data, onUpdate]);
  return <JobItem job={current} {...rest} liveError={live.error?.message} />;
}

function JobItem({
  job,
  selected,
  onSelect,
  canCancel,
  liveError,
}: {
  job: JobFieldsFragment;
  selected: boolean;
  onSelect(id: string): void;
  canCancel: boolean;
  liveError?: string;
}) {
  const cancel = useMutation(CancelJobMutation);
  return (
    <div
      className={selected ? 'job job--selected' : 'job'}
      data-testid="job"
      data-job-id={job.id}
      data-status={job.status}
    >
      <button type="button" className="job__select" aria-pressed={selected} onClick={() => onSelect(job.id)}>
        <span className="job__title">{job.modelLabel}</span>
        <span className="muted">queued {formatDateTime(job.queuedAt)}</span>
      </button>
      <div className="job__status">
        <Badge tone={jobTone(job.status)}>{codeToWords(job.status)}</Badge>
        <span className="num">
          {job.framesDone} / {job.framesTotal} frames
        </span>
      </div>
      <ProgressBar done={job.framesDone} total={job.framesTotal} label={`Progress of ${job.modelLabel}`} />
      {job.error && <p className="form-error">{job.error}</p>}
      {liveError && <p className="form-error">{liveError}</p>}
      {canCancel && isLive(job.status) && (
        <button
          type="button"
          className="button button--danger button--small"
          disabled={job.cancelRequested || cancel.running}
          onClick={() => void cancel.run({ id: job.id })}
        >
          {job.cancelRequested ? 'Cancelling…' : 'Cancel job'}
        </button>
      )}
      {cancel.error && <p className="form-error">{cancel.error.message}</p>}
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { prettyJson } from '../../format/json';
import { formatDuration, formatHours, formatNumber } from '../../format/numbers';
import type { JobFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { MoneyText } from '../../ui/MoneyText';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { codeToWords, shortHash } from '../../ui/words';
import { trainingDataTone } from '../audit/tones';
import { jobFigures } from './job-figures';
import { InCardCurrency, JobCost } from './JobCost';
import { FolderFramesQuery, JobContextQuery, TaskCostQuery } from './renders.operations';
import { WipeViewer } from './WipeViewer';

/** One job: before and after with a wipe, its machine figures against the task's bid, and provenance. */
export function JobDetail({ job }: { job: JobFieldsFragment }) {
  const context = useQuery(JobContextQuery, {
    jobId: job.id,
    taskId: job.taskId,
    modelId: job.modelId,
    productionId: job.productionId,
  });
  const cost = useQuery(TaskCostQuery, { productionId: job.productionId, taskId: job.taskId });
  const folders = useQuery(FolderFramesQuery, {});
  // While the job runs, each frame it finishes brings its render, the new machine time and its cost.
  const { refetch } = context;
  const refetchCost = cost.refetch;
  useEffect(() => {
    if (job.framesDone > 0 || job.status !== 'QUEUED') {
      refetch();
      refetchCost();
    }
  }, [job.framesDone, job.status, refetch, refetchCost]);
  const [frameIndex, setFrameIndex] = useState(0);
  const inputFiles = useMemo(
    () =>
      new Map(
        folders.data?.frameFolders.edges.flatMap(({ node }) =>
          node.frames.edges.map((f) => [f.node.sha256, f.node.fileId] as const),
        ) ?? [],
      ),
    [folders.data],
  );

  if (context.error) return <ErrorState error={context.error} retry={context.refetch} />;
  if (!context.data) return <Loading what="the job" />;
  const data = context.data;
  const renders = data.renders.edges.map((e) => e.node);
  const render = renders.find((r) => r.frameIndex === frameIndex) ?? renders[0];
  const figures = jobFigures(job, data);
  const p = data.model.provenance;

  return (
    <div className="job-detail" aria-live="off">
      <header className="section-head">
        <h2>
          {data.task.shot.code} · {data.task.taskType.name}
        </h2>
        <span className="muted">{codeToWords(data.task.path)}</span>
      </header>
      {render ? (
        <>
          <WipeViewer
            beforeFileId={inputFiles.get(render.inputSha256)}
            afterFileId={render.outputFileId}
            mask={data.model.adapter.outputKind !== 'IMAGE'}
            width={render.width}
            height={render.height}
            label={`${render.frameName} (frame ${render.frameNumber}), ${render.width}×${render.height}`}
          />
          {renders.length > 1 && (
            <div className="frame-picker" role="group" aria-label="Frames">
              {renders.map((r) => (
                <button
                  key={r.id}
                  type="button"
                  className="button button--small"
                  aria-pressed={r.id === render.id}
                  onClick={() => setFrameIndex(r.frameIndex)}
                >
                  {r.frameNumber}
                </button>
              ))}
            </div>
          )}
        </>
      ) : (
        <EmptyState
          title={job.status === 'SUCCEEDED' ? 'This job left no renders.' : 'No frame is rendered yet.'}
        >
          <p>Renders appear here frame by frame as the worker finishes them.</p>
        </EmptyState>
      )}
      <div className="detail-grid">
        <section className="card" aria-labelledby={`figures-${job.id}`}>
          <h3 id={`figures-${job.id}`}>This job</h3>
          <dl className="facts">
            <dt>Provider</dt>
            <dd>{job.provider ?? '—'}</dd>
            <dt>Device</dt>
            <dd>
              {job.device ?? '—'}
              {job.deviceClass && ` (billed as ${job.deviceClass})`}
            </dd>
            <dt>Frames</dt>
            <dd>
              {job.framesDone} of {job.framesTotal}
            </dd>
            <dt>Per frame</dt>
            <dd>
              {figures.perFrameMs
                ? `decode ${formatDuration(figures.perFrameMs.decode)}, infer ${formatDuration(figures.perFrameMs.infer)}, encode ${formatDuration(figures.perFrameMs.encode)}`
                : '—'}
            </dd>
            <dt>Queue wait</dt>
            <dd>
              {job.queueWaitMs === null || job.queueWaitMs === undefined
                ? '—'
                : formatDuration(job.queueWaitMs)}
            </dd>
            <dt>Machine time</dt>
            <dd>{formatDuration(job.wallMs)}</dd>
            <dt>Compute cost</dt>
            <dd data-testid="job-compute">
              {job.computeCost ? <MoneyText money={job.computeCost} /> : 'set when it succeeds'}
              <InCardCurrency
                billed={job.computeCost}
                run={cost.data?.taskBidVsActual.runs.find((r) => r.jobId === job.id)}
              />
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby={`task-${job.id}`}>
          <h3 id={`task-${job.id}`}>Against the bid</h3>
          <dl className="facts">
            <dt>Baseline</dt>
            <dd>
              {figures.baselineHours === null ? 'no bid' : formatHours(figures.baselineHours)}
              {data.task.baseline && <div className="muted">{data.task.baseline.working}</div>}
            </dd>
            <JobCost
              cost={cost}
              roleName={data.task.taskType.baselineRole.name}
              cardName={figures.rateCardName}
            />
            <dt>AI path so far</dt>
            <dd>
              {formatDuration(figures.machineMs)} machine + {formatHours(figures.humanHours)} people
            </dd>
            <dt>Speed-up</dt>
            <dd data-testid="speed-up">
              {figures.speedUp === null ? '—' : `${formatNumber(figures.speedUp, 1)}×`}
              <div className="muted">baseline hours ÷ (machine + human hours on the task)</div>
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby={`provenance-${job.id}`}>
          <h3 id={`provenance-${job.id}`}>Provenance</h3>
          <div className="model__badges">
            {render && (
              <Badge tone={render.provenanceStatus === 'C2PA_EMBEDDED' ? 'good' : 'info'}>
                {render.provenanceStatus === 'C2PA_EMBEDDED'
                  ? 'C2PA content credentials'
                  : 'Signed manifest (sidecar)'}
              </Badge>
            )}
            <Badge tone="info">{p.licence}</Badge>
            <Badge tone={trainingDataTone(p.trainingData)}>
              Training data: {codeToWords(p.trainingData)}
            </Badge>
          </div>
          <dl className="facts">
            <dt>Model</dt>
            <dd>
              {data.model.name} {data.model.version} ({p.vendor})
            </dd>
            <dt>Model sha256</dt>
            <dd className="code" title={data.model.sha256}>
              {shortHash(data.model.sha256)}
            </dd>
            {render && (
              <>
                <dt>Input sha256</dt>
                <dd className="code" title={render.inputSha256}>
                  {shortHash(render.inputSha256)}
                </dd>
                <dt>Output sha256</dt>
                <dd className="code" title={render.outputSha256}>
                  {shortHash(render.outputSha256)}
                </dd>
              </>
            )}
          </dl>
          {render && (
            // Verbatim: the document the signature covers, ids and all, so it can be checked by hand.
            <details data-verbatim>
              <summary>Signed manifest</summary>
              <pre className="evidence">{prettyJson(render.manifest)}</pre>
            </details>
          )}
        </section>
      </div>
    </div>
  );
}

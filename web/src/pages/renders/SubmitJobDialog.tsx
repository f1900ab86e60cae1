import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { SelectField } from '../../ui/SelectField';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { useNames } from '../../ui/useNames';
import { codeToWords } from '../../ui/words';
import {
  ApprovedModelsQuery,
  FolderAlphaQuery,
  FolderFramesQuery,
  SubmitChoicesQuery,
  SubmitJobMutation,
} from './renders.operations';
import { firstFrameWithoutAlpha, readsAlpha } from './alpha-check';
import { NoAlphaWarning } from './NoAlphaWarning';
import { UploadFrames } from './UploadFrames';

/**
 * An operator picks an approved model, a task it serves and a frame folder (or uploads one);
 * policy is checked on submit.
 */
export function SubmitJobDialog({ onClose }: { onClose(jobId?: string): void }) {
  const [productionId, setProductionId] = useState('');
  const [modelId, setModelId] = useState('');
  const [taskId, setTaskId] = useState('');
  const [folderId, setFolderId] = useState('');
  const [fromFrame, setFromFrame] = useState('');
  const [toFrame, setToFrame] = useState('');
  const models = useQuery(ApprovedModelsQuery, {});
  const folders = useQuery(FolderFramesQuery, {});
  const model = models.data?.models.edges.find((e) => e.node.id === modelId)?.node;
  const choices = useQuery(
    SubmitChoicesQuery,
    { productionId, taskTypeCode: model?.taskTypes[0] },
    { skip: !productionId || !model },
  );
  const folder = folders.data?.frameFolders.edges.find((e) => e.node.id === folderId)?.node;
  // Said before submit; the api refuses the job anyway, naming every frame (the folder's first 100 are seen here).
  const needsAlpha = readsAlpha(model?.adapter.extraInputs);
  const alpha = useQuery(FolderAlphaQuery, { folderId }, { skip: !folderId || !needsAlpha });
  // The cache keeps the last folder's answer on screen while the next loads: only the chosen folder's counts.
  const alphaFrames =
    needsAlpha && alpha.data?.frameFolder.id === folderId ? alpha.data.frameFolder.frames : undefined;
  const withoutAlpha =
    alphaFrames &&
    firstFrameWithoutAlpha(
      alphaFrames.edges.map((e) => e.node),
      fromFrame,
      toFrame,
    );
  // Offered: tasks the plan gives to AI. Human-path tasks are the people's, and AI is forbidden on some.
  const tasks = choices.data?.tasks.edges.map((e) => e.node) ?? [];
  const eligible = tasks.filter((t) => !t.aiForbidden && t.path !== 'HUMAN');
  const names = useNames();
  const taskTypeWords = model ? names.taskType(model.taskTypes[0]) : '';
  const submit = useMutation(SubmitJobMutation);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await submit.run({
      input: {
        modelId,
        taskId,
        frames: {
          folderId,
          fromFrame: fromFrame ? Number(fromFrame) : undefined,
          toFrame: toFrame ? Number(toFrame) : undefined,
        },
      },
    });
    if (answer) onClose(answer.submitInferenceJob.id);
  };

  return (
    <Dialog title="Run a model" onClose={() => onClose()}>
      <form className="stack" onSubmit={send}>
        <SelectField
          label="Model"
          value={modelId}
          onChange={(v) => {
            setModelId(v);
            setTaskId('');
          }}
          allLabel="Choose an approved model"
          options={
            models.data?.models.edges.map(({ node }) => ({
              value: node.id,
              label: `${node.name} ${node.version} (${node.taskTypes.map(names.taskType).join(', ')})`,
            })) ?? []
          }
        />
        <ProductionSelect
          value={productionId}
          onChange={(v) => {
            setProductionId(v);
            setTaskId('');
          }}
          allLabel="Choose a production"
        />
        <SelectField
          label="Task"
          value={taskId}
          onChange={setTaskId}
          allLabel={model ? `Choose a ${taskTypeWords} task` : 'Choose a model first'}
          disabled={!choices.data}
          options={eligible.map((node) => ({
            value: node.id,
            label: `${node.shot.code} · ${node.taskType.name} · ${codeToWords(node.path)}`,
          }))}
        />
        {choices.data && eligible.length < tasks.length && (
          <p className="muted" data-testid="tasks-held-back">
            {tasks.length - eligible.length} {taskTypeWords} task
            {tasks.length - eligible.length === 1 ? ' is' : 's are'} not offered: planned for people, or AI is
            forbidden on {tasks.length - eligible.length === 1 ? 'it' : 'them'}. A planner moves a task to an
            AI path first.
          </p>
        )}
        <SelectField
          label="Frame folder"
          value={folderId}
          onChange={setFolderId}
          allLabel="Choose frames"
          options={
            folders.data?.frameFolders.edges.map(({ node }) => ({
              value: node.id,
              label: `${node.name}: ${node.frameCount} frames ${node.firstFrame}–${node.lastFrame}, ${node.width}×${node.height}`,
            })) ?? []
          }
        />
        <UploadFrames
          productionId={productionId || undefined}
          onUploaded={(uploaded) => {
            folders.refetch();
            setFolderId(uploaded.id);
          }}
        />
        {folder && (
          <div className="form-grid">
            <TextField
              label="From frame"
              type="number"
              placeholder={String(folder.firstFrame)}
              value={fromFrame}
              onChange={setFromFrame}
            />
            <TextField
              label="To frame"
              type="number"
              placeholder={String(folder.lastFrame)}
              value={toFrame}
              onChange={setToFrame}
            />
          </div>
        )}
        {withoutAlpha !== undefined && <NoAlphaWarning frame={withoutAlpha} />}
        {submit.error && <ErrorState error={submit.error} />}
        {submit.error?.code === 'POLICY_BLOCKED' && (
          <p className="muted">The rule named above blocks this job; a reviewer sees it in the audit page.</p>
        )}
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!modelId || !taskId || !folderId || submit.running}
          >
            {submit.running ? 'Queuing…' : 'Queue the job'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

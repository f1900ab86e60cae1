import { useState } from 'react';
import { useMutation } from '../../api/hooks';
import { formatBytes } from '../../format/bytes';
import { formatDateTime } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import type { ModelFieldsFragment, ModelUseQuery } from '../../gql/graphql';
import { Badge, type Tone } from '../../ui/Badge';
import { ErrorState } from '../../ui/states';
import { codeToWords, dataTermsWords, shortHash } from '../../ui/words';
import { trainingDataTone } from '../audit/tones';
import { adapterSummary, extraInputsLine, tensorLine } from './adapter-summary';
import { ApproveModelMutation, RejectModelMutation } from './models.operations';

type ModelUse = ModelUseQuery['modelInventory'][number];

const STATUS_TONE: Record<ModelFieldsFragment['status'], Tone> = {
  APPROVED: 'good',
  PENDING: 'warn',
  REJECTED: 'bad',
};

/** One model: provenance up front, the model card and tensors on demand, and the admin's decision. */
export function ModelCard({
  model,
  use,
  canDecide,
  onDecided,
  taskTypeName,
}: {
  model: ModelFieldsFragment;
  use?: ModelUse;
  canDecide: boolean;
  onDecided(): void;
  /** The task type table's name for a code the model serves. */
  taskTypeName(code: string): string;
}) {
  const p = model.provenance;
  const extraInputs = extraInputsLine(model.adapter);
  return (
    <article className="card model" aria-labelledby={`model-${model.id}`}>
      <header className="model__head">
        <h2 id={`model-${model.id}`}>
          {model.name} <span className="muted">{model.version}</span>
        </h2>
        <Badge tone={STATUS_TONE[model.status]}>{codeToWords(model.status)}</Badge>
      </header>
      <div className="model__badges">
        <Badge tone="info" title="Licence (SPDX)">
          {p.licence}
        </Badge>
        <Badge tone={trainingDataTone(p.trainingData)} title="Training data, as its makers declare">
          Training data: {codeToWords(p.trainingData)}
        </Badge>
        <Badge tone="neutral">{p.weights === 'TRAINED' ? 'Learned weights' : 'Hand-set weights'}</Badge>
      </div>
      <dl className="facts">
        <dt>Vendor</dt>
        <dd>{p.vendor}</dd>
        <dt>Serves</dt>
        <dd>{model.taskTypes.map(taskTypeName).join(', ') || '—'}</dd>
        {extraInputs && (
          <>
            {/* Up front: a model reading the frame's alpha needs frames exported with the mask in it. */}
            <dt>Extra inputs</dt>
            <dd>{extraInputs}</dd>
          </>
        )}
        <dt>Data terms</dt>
        <dd>{dataTermsWords(model.dataTerms)}</dd>
        {model.performerScope && (
          <>
            <dt>Performer</dt>
            <dd>
              Trained on {model.performerScope.performerName}’s likeness: runs on{' '}
              {model.performerScope.productionCode} only
            </dd>
          </>
        )}
        <dt>sha256</dt>
        <dd className="code" title={model.sha256}>
          {shortHash(model.sha256)} · {formatBytes(model.sizeBytes)}
        </dd>
        <dt>Decision</dt>
        <dd>
          {model.decidedAt
            ? `${codeToWords(model.status)} by ${use?.decidedBy ?? 'an admin'}, ${formatDateTime(model.decidedAt)}`
            : 'Waiting for an admin'}
          {model.decisionReason && <div className="muted">“{model.decisionReason}”</div>}
        </dd>
        {use && (
          <>
            <dt>Use</dt>
            <dd>
              {formatNumber(use.runs, 0)} runs, {formatNumber(use.frames, 0)} frames
              {use.productions.length > 0 && ` on ${use.productions.join(', ')}`}
              {use.openExceptions > 0 && (
                <div>
                  <Badge tone="bad">{use.openExceptions} open exception(s)</Badge>
                </div>
              )}
            </dd>
          </>
        )}
      </dl>
      <details>
        <summary>Model card, tensors and adapter</summary>
        <p className="model__card-text">{p.modelCard}</p>
        <dl className="facts">
          <dt>Source</dt>
          <dd className="break">{p.source}</dd>
          <dt>Training-data notes</dt>
          <dd>{p.trainingDataNotes || '—'}</dd>
          <dt>Inputs</dt>
          <dd className="code">{model.inputs.map(tensorLine).join('; ')}</dd>
          <dt>Outputs</dt>
          <dd className="code">{model.outputs.map(tensorLine).join('; ')}</dd>
          <dt>Adapter</dt>
          <dd>{adapterSummary(model.adapter)}</dd>
          <dt>File</dt>
          <dd>
            ONNX IR {model.irVersion}, made by {model.producer || 'an unnamed tool'}
          </dd>
        </dl>
      </details>
      {canDecide && <Decision model={model} onDecided={onDecided} />}
    </article>
  );
}

function Decision({ model, onDecided }: { model: ModelFieldsFragment; onDecided(): void }) {
  const [reason, setReason] = useState('');
  const approve = useMutation(ApproveModelMutation);
  const reject = useMutation(RejectModelMutation);
  const error = approve.error ?? reject.error;
  return (
    <div className="model__decision">
      {model.status !== 'APPROVED' && (
        <button
          type="button"
          className="button button--primary"
          disabled={approve.running}
          onClick={async () => (await approve.run({ id: model.id })) && onDecided()}
        >
          Approve
        </button>
      )}
      {model.status !== 'REJECTED' && (
        <details>
          <summary>Reject…</summary>
          <div className="inline-form">
            <div className="field field--grow">
              <label className="field__label" htmlFor={`reject-${model.id}`}>
                Reason for rejecting
              </label>
              <input id={`reject-${model.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button
              type="button"
              className="button button--danger"
              disabled={reject.running || !reason.trim()}
              onClick={async () => (await reject.run({ id: model.id, reason: reason.trim() })) && onDecided()}
            >
              Reject
            </button>
          </div>
        </details>
      )}
      {error && <ErrorState error={error} />}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useUpload } from '../../../api/files';
import { useMutation, useQuery } from '../../../api/hooks';
import { localTimeToIso } from '../../../format/dates';
import type { MoneyValue } from '../../../format/money';
import type { VendorUnit } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { MoneyText } from '../../../ui/MoneyText';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { codeToWords, dataTermsWords } from '../../../ui/words';
import { RecordAiRunMutation, VendorToolsQuery } from './vendor-runs.operations';

const UNITS: VendorUnit[] = ['SECOND_OF_FOOTAGE', 'CREDIT', 'TOKEN', 'GPU_HOUR', 'FLAT'];

interface Output {
  fileId: string;
  originalName: string;
  c2paStatus: string;
}

const emptyForm = {
  toolId: '',
  modelName: '',
  modelVersion: '',
  startedAt: '',
  finishedAt: '',
  unit: 'SECOND_OF_FOOTAGE',
  quantity: '',
  invoiceRef: '',
  operator: '',
};

/**
 * Records AI work done in a vendor's tool on one task: the api prices it from the tool's price
 * list, checks it against the same policy as a job and counts it in every report.
 */
export function RecordRunDialog({
  task,
  onClose,
}: {
  task: { id: string; label: string };
  onClose(recorded: boolean): void;
}) {
  const tools = useQuery(VendorToolsQuery, {});
  const upload = useUpload<Output[]>();
  const record = useMutation(RecordAiRunMutation);
  const [form, setForm] = useState(emptyForm);
  const chosenTool = tools.data?.vendorTools.find((t) => t.id === form.toolId);
  const [outputs, setOutputs] = useState<Output[]>([]);
  const set = (key: keyof typeof emptyForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) =>
    record.error?.field === `input.${field}` ? record.error.message : undefined;
  const [recorded, setRecorded] = useState<{ cost: MoneyValue; credits?: string | null }>();

  const attach = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const answer = await upload.upload('/files/vendor-ai/outputs', file);
      if (answer) setOutputs((o) => [...o, ...answer]);
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await record.run({
      input: {
        taskId: task.id,
        toolId: form.toolId,
        modelName: form.modelName || undefined,
        modelVersion: form.modelVersion || undefined,
        startedAt: localTimeToIso(form.startedAt),
        finishedAt: localTimeToIso(form.finishedAt),
        usage: { unit: form.unit as VendorUnit, quantity: form.quantity },
        invoiceRef: form.invoiceRef,
        operator: form.operator,
        outputFileIds: outputs.map((o) => o.fileId),
      },
    });
    if (answer) setRecorded(answer.recordAiRun);
  };

  if (recorded) {
    return (
      <Dialog title="Vendor run recorded" onClose={() => onClose(true)}>
        <p data-testid="recorded-run">
          {task.label}: <MoneyText money={recorded.cost} />
          {recorded.credits ? ` (${Number(recorded.credits)} credits)` : ''}. It now counts in the task’s AI
          path, the labour impact of the quarter it finished and the AI-use ledger.
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => onClose(true)}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Record a vendor run · ${task.label}`} onClose={() => onClose(false)}>
      <form className="stack" onSubmit={send}>
        <SelectField
          label="Vendor tool"
          value={form.toolId}
          onChange={set('toolId')}
          allLabel="Choose a tool"
          error={fieldError('toolId')}
          options={
            tools.data?.vendorTools.map((t) => ({ value: t.id, label: `${t.vendor} ${t.name}` })) ?? []
          }
        />
        {chosenTool && (
          <p className="field__hint" data-testid="tool-data-terms">
            Data terms: {dataTermsWords(chosenTool.dataTerms)}
          </p>
        )}
        <div className="form-grid">
          <TextField
            label="Model"
            value={form.modelName}
            onChange={set('modelName')}
            error={fieldError('modelName')}
          />
          <TextField label="Version" value={form.modelVersion} onChange={set('modelVersion')} />
          <TextField
            label="Started"
            type="datetime-local"
            value={form.startedAt}
            onChange={set('startedAt')}
            error={fieldError('startedAt')}
          />
          <TextField
            label="Finished"
            type="datetime-local"
            value={form.finishedAt}
            onChange={set('finishedAt')}
            error={fieldError('finishedAt')}
          />
          <SelectField
            label="Billed by"
            value={form.unit}
            onChange={set('unit')}
            options={codeOptions(UNITS)}
            error={fieldError('usage.unit')}
          />
          <TextField
            label="Usage"
            inputMode="decimal"
            hint="In that unit: 12 seconds, 1250000 tokens"
            value={form.quantity}
            onChange={set('quantity')}
            error={fieldError('usage.quantity')}
          />
          <TextField
            label="Invoice or PO"
            value={form.invoiceRef}
            onChange={set('invoiceRef')}
            error={fieldError('invoiceRef')}
          />
          <TextField
            label="Operator"
            value={form.operator}
            onChange={set('operator')}
            error={fieldError('operator')}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="vendor-outputs">
            Output files
          </label>
          <input id="vendor-outputs" type="file" multiple onChange={(e) => void attach(e.target.files)} />
          {upload.busy && <span className="field__hint">Uploading and reading content credentials…</span>}
          {outputs.length > 0 && (
            <ul className="plain-list" data-testid="vendor-outputs">
              {outputs.map((o) => (
                <li key={o.fileId}>
                  {o.originalName}: C2PA {codeToWords(o.c2paStatus).toLowerCase()}
                </li>
              ))}
            </ul>
          )}
        </div>
        {upload.error && <ErrorState error={upload.error} />}
        {record.error && !record.error.field && <ErrorState error={record.error} />}
        {record.error?.code === 'POLICY_BLOCKED' && (
          <p className="muted">The rule named above blocks this run; nothing was recorded.</p>
        )}
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!form.toolId || !form.startedAt || !form.finishedAt || !form.quantity || record.running}
          >
            {record.running ? 'Recording…' : 'Record the run'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

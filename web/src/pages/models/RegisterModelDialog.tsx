import { useState, type FormEvent } from 'react';
import { useUpload } from '../../api/files';
import { useMutation } from '../../api/hooks';
import { formatBytes } from '../../format/bytes';
import type {
  AdapterInput,
  ColourOrder,
  FixedSizeStrategy,
  FrameSizeRule,
  ModelWeights,
  OutputKind,
  TensorLayout,
  TrainingDataKind,
} from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { FileField } from '../../ui/FileField';
import { codeOptions, literalOptions, SelectField } from '../../ui/SelectField';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { tensorLine } from './adapter-summary';
import { adapterFeeds, guessFeeds, type InputFeeds, type Tensor } from './model-inputs';
import { ModelInputsFields } from './ModelInputsFields';
import { RegisterModelMutation } from './models.operations';

interface Uploaded {
  fileId: string;
  sha256: string;
  sizeBytes: number;
  inputs: Tensor[];
  outputs: Tensor[];
}

const TRAINING: TrainingDataKind[] = [
  'LICENSED',
  'CONSENTED',
  'PUBLIC_DOMAIN',
  'SYNTHETIC',
  'MIXED',
  'UNKNOWN',
];

/** Upload the .onnx (the api opens it and reads its tensors), then describe how to feed it and where it came from. */
export function RegisterModelDialog({
  taskTypes,
  onClose,
}: {
  taskTypes: { code: string; name: string }[];
  onClose(registered: boolean): void;
}) {
  const upload = useUpload<Uploaded>();
  const register = useMutation(RegisterModelMutation);
  const [file, setFile] = useState<Uploaded>();
  const [form, setForm] = useState(emptyForm);
  const set = (key: keyof typeof emptyForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const [serves, setServes] = useState<string[]>([]);
  // Only for a model with several inputs; a one-input model's adapter names none.
  const [feeds, setFeeds] = useState<InputFeeds>();

  const send = async (picked: File | undefined) => {
    if (!picked) return;
    const answer = await upload.upload('/files/models', picked);
    if (!answer) return;
    const guessed = guessFeeds(answer.inputs);
    setFile(answer);
    setFeeds(guessed);
    setForm((f) => ({
      ...f,
      ...guessFromTensors(answer.inputs.find((i) => i.name === guessed?.imageInput) ?? answer.inputs[0]),
      name: f.name || picked.name.replace(/\.onnx$/i, ''),
    }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const answer = await register.run({
      input: {
        fileId: file.fileId,
        name: form.name.trim(),
        version: form.version.trim(),
        taskTypes: serves,
        adapter: { ...adapterInput(form), ...adapterFeeds(feeds) },
        provenance: {
          licence: form.licence.trim(),
          trainingData: form.trainingData as TrainingDataKind,
          trainingDataNotes: form.trainingDataNotes.trim(),
          vendor: form.vendor.trim(),
          source: form.source.trim(),
          weights: form.weights as ModelWeights,
          modelCard: form.modelCard.trim(),
        },
      },
    });
    if (answer) onClose(true);
  };
  const fieldError = (field: string) =>
    register.error?.field && register.error.field.endsWith(field) ? register.error.message : undefined;

  return (
    <Dialog title="Register a model" onClose={() => onClose(false)} wide>
      <form className="stack" onSubmit={submit}>
        <FileField
          label="ONNX file"
          accept=".onnx"
          onFile={(file) => void send(file)}
          busy={upload.busy}
          busyText="Uploading and opening the model…"
        />
        {upload.error && <ErrorState error={upload.error} />}
        {file && (
          <>
            <p className="muted" role="status">
              Opened: {formatBytes(file.sizeBytes)}, sha256{' '}
              <span className="code">{file.sha256.slice(0, 16)}…</span>; inputs{' '}
              <span className="code">{file.inputs.map(tensorLine).join('; ')}</span>, outputs{' '}
              <span className="code">{file.outputs.map(tensorLine).join('; ')}</span>.
            </p>
            <fieldset className="form-grid">
              <legend>Model</legend>
              <TextField
                label="Name"
                required
                value={form.name}
                onChange={set('name')}
                error={fieldError('name')}
              />
              <TextField
                label="Version"
                required
                value={form.version}
                onChange={set('version')}
                error={fieldError('version')}
              />
              <div className="field">
                <label className="field__label" htmlFor="model-serves">
                  Task types it serves
                </label>
                <select
                  id="model-serves"
                  multiple
                  size={Math.min(6, Math.max(3, taskTypes.length))}
                  value={serves}
                  onChange={(e) => setServes(Array.from(e.target.selectedOptions, (o) => o.value))}
                >
                  {taskTypes.map((t) => (
                    <option key={t.code} value={t.code}>
                      {t.name}
                    </option>
                  ))}
                </select>
                {fieldError('taskTypes') && <span className="form-error">{fieldError('taskTypes')}</span>}
              </div>
            </fieldset>
            {feeds && (
              <ModelInputsFields
                inputs={file.inputs}
                feeds={feeds}
                onChange={setFeeds}
                error={register.error}
              />
            )}
            <fieldset className="form-grid">
              <legend>Adapter: how frames go in and come out</legend>
              <SelectField
                label="Layout"
                value={form.layout}
                onChange={set('layout')}
                options={literalOptions(['NCHW', 'NHWC'])}
              />
              <SelectField
                label="Channel order"
                value={form.colour}
                onChange={set('colour')}
                options={literalOptions(['RGB', 'BGR'])}
              />
              <SelectField
                label="Frame size"
                value={form.size}
                onChange={set('size')}
                options={codeOptions(['ANY', 'FIXED', 'MULTIPLE_OF'])}
              />
              {form.size === 'FIXED' && (
                <>
                  <TextField label="Width (px)" type="number" value={form.width} onChange={set('width')} />
                  <TextField label="Height (px)" type="number" value={form.height} onChange={set('height')} />
                  <SelectField
                    label="Larger frames are"
                    value={form.strategy}
                    onChange={set('strategy')}
                    options={codeOptions(['RESIZE', 'TILE'])}
                  />
                </>
              )}
              {form.size === 'MULTIPLE_OF' && (
                <TextField
                  label="Multiple of (px)"
                  type="number"
                  value={form.multiple}
                  onChange={set('multiple')}
                />
              )}
              <TextField
                label="Mean (R,G,B)"
                value={form.mean}
                onChange={set('mean')}
                hint="e.g. 0.485,0.456,0.406; leave empty to use a value range"
              />
              <TextField label="Std (R,G,B)" value={form.std} onChange={set('std')} />
              <TextField
                label="Value range (min,max)"
                value={form.range}
                onChange={set('range')}
                hint="0..255 maps onto it, e.g. 0,1"
              />
              <SelectField
                label="Output kind"
                value={form.outputKind}
                onChange={set('outputKind')}
                options={codeOptions(['IMAGE', 'MATTE', 'MASK'])}
              />
              <SelectField
                label="Output to read"
                value={form.outputName}
                onChange={set('outputName')}
                allLabel="The first output"
                options={file.outputs.map((o) => ({ value: o.name, label: o.name }))}
              />
            </fieldset>
            <fieldset className="form-grid">
              <legend>Provenance</legend>
              <TextField
                label="Licence (SPDX id)"
                required
                value={form.licence}
                onChange={set('licence')}
                hint="e.g. Apache-2.0 or LicenseRef-Studio-Internal"
                error={fieldError('licence')}
              />
              <SelectField
                label="Training data"
                value={form.trainingData}
                onChange={set('trainingData')}
                options={codeOptions(TRAINING)}
              />
              <SelectField
                label="Weights"
                value={form.weights}
                onChange={set('weights')}
                options={codeOptions(['TRAINED', 'HAND_SET'])}
              />
              <TextField label="Vendor" required value={form.vendor} onChange={set('vendor')} />
              <TextField
                label="Source"
                required
                value={form.source}
                onChange={set('source')}
                hint="URL, package and path, or internal build"
              />
              <TextField
                label="Training-data notes"
                value={form.trainingDataNotes}
                onChange={set('trainingDataNotes')}
              />
            </fieldset>
            <div className="field">
              <label className="field__label" htmlFor="model-card">
                Model card
              </label>
              <textarea
                id="model-card"
                rows={4}
                required
                value={form.modelCard}
                onChange={(e) => set('modelCard')(e.target.value)}
                placeholder="What it does, its inputs and outputs, its limits."
              />
            </div>
            {register.error && <ErrorState error={register.error} />}
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={register.running}>
                {register.running ? 'Registering…' : 'Register as pending'}
              </button>
            </div>
          </>
        )}
      </form>
    </Dialog>
  );
}

const emptyForm = {
  name: '',
  version: '1.0.0',
  layout: 'NCHW',
  colour: 'RGB',
  size: 'ANY',
  width: '',
  height: '',
  strategy: 'RESIZE',
  multiple: '32',
  mean: '',
  std: '',
  range: '0,1',
  outputKind: 'IMAGE',
  outputName: '',
  licence: '',
  trainingData: 'UNKNOWN',
  weights: 'TRAINED',
  vendor: '',
  source: '',
  trainingDataNotes: '',
  modelCard: '',
};

/** A first guess from the frame's input tensor: channels of 3 second or last, and numeric height and width fix the size. */
function guessFromTensors(input: Tensor | undefined): Partial<typeof emptyForm> {
  if (!input || input.shape.length !== 4) return {};
  const [, c1, d2, d3] = input.shape.map(String);
  const nchw = c1 === '3' || c1 === '1';
  const [h, w] = nchw ? [d2, d3] : [c1, d2];
  const fixed = /^\d+$/.test(h) && /^\d+$/.test(w);
  return {
    layout: nchw ? 'NCHW' : 'NHWC',
    size: fixed ? 'FIXED' : 'ANY',
    width: fixed ? w : '',
    height: fixed ? h : '',
  };
}

const numbers = (text: string): number[] =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

function adapterInput(form: typeof emptyForm): AdapterInput {
  const mean = numbers(form.mean);
  const [min, max] = numbers(form.range);
  return {
    layout: form.layout as TensorLayout,
    colour: form.colour as ColourOrder,
    size: form.size as FrameSizeRule,
    width: form.size === 'FIXED' ? Number(form.width) : undefined,
    height: form.size === 'FIXED' ? Number(form.height) : undefined,
    fixedSizeStrategy: form.size === 'FIXED' ? (form.strategy as FixedSizeStrategy) : undefined,
    sizeMultiple: form.size === 'MULTIPLE_OF' ? Number(form.multiple) : undefined,
    meanStd: mean.length ? { mean, std: numbers(form.std) } : undefined,
    valueRange: mean.length ? undefined : { min, max },
    outputKind: form.outputKind as OutputKind,
    outputName: form.outputName || undefined,
  };
}

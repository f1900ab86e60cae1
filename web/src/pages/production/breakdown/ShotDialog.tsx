import { useState, type FormEvent } from 'react';
import { useMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { COMPLEXITIES } from './TaskDialog';
import { CreateShotMutation, CreateTasksMutation, UpdateShotMutation } from './shot-edits.operations';

export interface EditableShot {
  id: string;
  code: string;
  sequence: string;
  frameIn: number;
  frameOut: number;
  description: string;
}

const blank = { code: '', sequence: '', frameIn: '1001', frameOut: '', description: '' };
// The input fields whose refusal shows under the field itself; any other shows above the buttons.
const INLINE = new Set(Object.keys(blank).map((key) => `input.${key}`));

/**
 * Adds a shot (with a first task when a type is picked) or changes one. Only what changed is sent,
 * so an edit never overwrites a field someone else changed meanwhile.
 */
export function ShotDialog({
  productionId,
  shot,
  taskTypes,
  onClose,
}: {
  productionId: string;
  /** The shot to change; none to add one. */
  shot?: EditableShot;
  taskTypes: ReadonlyArray<{ code: string; name: string }>;
  onClose(changed: boolean): void;
}) {
  const start = shot ? { ...shot, frameIn: String(shot.frameIn), frameOut: String(shot.frameOut) } : blank;
  const [form, setForm] = useState(start);
  const [task, setTask] = useState({ taskTypeCode: '', complexity: '2' });
  const create = useMutation(CreateShotMutation);
  const update = useMutation(UpdateShotMutation);
  const addTask = useMutation(CreateTasksMutation);
  // Set once the shot exists, so a retry after a refused first task adds only the task.
  const [addedId, setAddedId] = useState<string>();
  const error = create.error ?? update.error;
  const set = (key: keyof typeof blank) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) => (error?.field === `input.${field}` ? error.message : undefined);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { ...form, frameIn: Number(form.frameIn), frameOut: Number(form.frameOut) };
    if (shot) {
      const changed = Object.fromEntries(
        (Object.keys(blank) as Array<keyof typeof blank>)
          .filter((key) => String(fields[key]) !== String(start[key]))
          .map((key) => [key, fields[key]]),
      );
      if (Object.keys(changed).length === 0) return onClose(false);
      if (await update.run({ id: shot.id, input: changed })) onClose(true);
      return;
    }
    const shotId = addedId ?? (await create.run({ input: { productionId, ...fields } }))?.createShot.id;
    if (!shotId) return;
    setAddedId(shotId);
    if (!task.taskTypeCode) return onClose(true);
    const input = {
      productionId,
      shotIds: [shotId],
      taskTypeCode: task.taskTypeCode,
      complexity: Number(task.complexity),
    };
    if (await addTask.run({ input })) onClose(true);
  };

  return (
    <Dialog title={shot ? `Change shot ${shot.code}` : 'Add a shot'} onClose={() => onClose(!!addedId)}>
      <form className="stack" onSubmit={send}>
        <div className="form-grid">
          <TextField label="Shot code" value={form.code} onChange={set('code')} error={fieldError('code')} />
          <TextField
            label="Sequence"
            value={form.sequence}
            onChange={set('sequence')}
            error={fieldError('sequence')}
          />
          <TextField
            label="First frame"
            type="number"
            min={0}
            value={form.frameIn}
            onChange={set('frameIn')}
            error={fieldError('frameIn')}
          />
          <TextField
            label="Last frame"
            type="number"
            min={0}
            hint="Inclusive: 1001 to 1096 is 96 frames"
            value={form.frameOut}
            onChange={set('frameOut')}
            error={fieldError('frameOut')}
          />
        </div>
        <TextField
          label="Description"
          value={form.description}
          onChange={set('description')}
          error={fieldError('description')}
        />
        {!shot && (
          <div className="form-grid">
            <SelectField
              label="First task"
              value={task.taskTypeCode}
              onChange={(taskTypeCode) => setTask((t) => ({ ...t, taskTypeCode }))}
              allLabel="No task yet"
              options={taskTypes.map((t) => ({ value: t.code, label: t.name }))}
            />
            <SelectField
              label="Complexity"
              value={task.complexity}
              onChange={(complexity) => setTask((t) => ({ ...t, complexity }))}
              options={COMPLEXITIES}
              disabled={!task.taskTypeCode}
            />
          </div>
        )}
        {error && !INLINE.has(error.field ?? '') && <ErrorState error={error} />}
        {addTask.error && (
          <>
            <ErrorState error={addTask.error} />
            <p className="muted">The shot was added without its task; change the task and try again.</p>
          </>
        )}
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!form.code || !form.frameOut || create.running || update.running || addTask.running}
          >
            {shot ? 'Save the shot' : 'Add the shot'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

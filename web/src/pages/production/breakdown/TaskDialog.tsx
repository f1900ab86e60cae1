import { useState, type FormEvent } from 'react';
import { TASK_PATHS, TASK_STATUSES } from '@frameledger/analytics';
import { useMutation } from '../../../api/hooks';
import type { TaskPath, TaskStatus } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { CreateTasksMutation, UpdateTaskMutation } from './shot-edits.operations';

export const COMPLEXITIES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `Level ${n}` }));

// The input fields whose refusal shows under the field itself; any other shows above the buttons.
const INLINE = new Set(
  [
    'taskTypeCode',
    'shotIds[0]',
    'path',
    'baselineHoursOverride',
    'plannedAiReviewHours',
    'vendorCompany',
  ].map((f) => `input.${f}`),
);

export interface EditableTask {
  id: string;
  /** The task type's name, e.g. Rotoscoping. */
  typeName: string;
  complexity: number;
  path: TaskPath;
  status: TaskStatus;
  baselineHoursOverride: number | null;
  plannedAiReviewHours: number;
  /** The vendor company the task is assigned to, whose VENDOR people may work on it. */
  vendorCompany: string | null;
}

/**
 * Adds a task of a type to a shot, or changes a task's complexity (re-bid from its template set),
 * path, status, baseline override, AI review hours and vendor company. An edit sends only what
 * changed.
 */
export function TaskDialog({
  productionId,
  shot,
  task,
  taskTypes,
  onClose,
}: {
  productionId: string;
  shot: { id: string; code: string };
  /** The task to change; none to add one to the shot. */
  task?: EditableTask;
  taskTypes: ReadonlyArray<{ code: string; name: string }>;
  onClose(changed: boolean): void;
}) {
  const start = {
    taskTypeCode: '',
    complexity: String(task?.complexity ?? 2),
    path: task?.path ?? 'HUMAN',
    status: task?.status ?? 'PLANNED',
    override: task?.baselineHoursOverride == null ? '' : String(task.baselineHoursOverride),
    review: String(task?.plannedAiReviewHours ?? 0),
    vendor: task?.vendorCompany ?? '',
  };
  const [form, setForm] = useState(start);
  const create = useMutation(CreateTasksMutation);
  const update = useMutation(UpdateTaskMutation);
  const error = create.error ?? update.error;
  const set = (key: keyof typeof start) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) => (error?.field === `input.${field}` ? error.message : undefined);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const values = {
      complexity: Number(form.complexity),
      path: form.path as TaskPath,
      plannedAiReviewHours: Number(form.review),
    };
    if (!task) {
      const input = { productionId, shotIds: [shot.id], taskTypeCode: form.taskTypeCode, ...values };
      if (await create.run({ input })) onClose(true);
      return;
    }
    const all = {
      ...values,
      status: form.status as TaskStatus,
      // Blank clears the override: the bid template's hours count again.
      baselineHoursOverride: form.override === '' ? null : Number(form.override),
      // Blank unassigns: no vendor company's people may log on the task.
      vendorCompany: form.vendor.trim() === '' ? null : form.vendor.trim(),
    };
    const same = {
      complexity: String(all.complexity) === start.complexity,
      path: all.path === start.path,
      plannedAiReviewHours: form.review === start.review,
      status: all.status === start.status,
      baselineHoursOverride: form.override === start.override,
      vendorCompany: form.vendor.trim() === start.vendor,
    };
    const input = Object.fromEntries(Object.entries(all).filter(([key]) => !same[key as keyof typeof same]));
    if (Object.keys(input).length === 0) return onClose(false);
    if (await update.run({ id: task.id, input })) onClose(true);
  };

  return (
    <Dialog
      title={
        task ? `Change the ${task.typeName} task on shot ${shot.code}` : `Add a task to shot ${shot.code}`
      }
      onClose={() => onClose(false)}
    >
      <form className="stack" onSubmit={send}>
        <div className="form-grid">
          {!task && (
            <SelectField
              label="Task type"
              value={form.taskTypeCode}
              onChange={set('taskTypeCode')}
              allLabel="Choose a task type"
              error={fieldError('taskTypeCode') ?? fieldError('shotIds[0]')}
              options={taskTypes.map((t) => ({ value: t.code, label: t.name }))}
            />
          )}
          <SelectField
            label="Complexity"
            value={form.complexity}
            onChange={set('complexity')}
            options={COMPLEXITIES}
          />
          <SelectField
            label="Path"
            value={form.path}
            onChange={set('path')}
            options={codeOptions(TASK_PATHS)}
            error={fieldError('path')}
          />
          {task && (
            <SelectField
              label="Status"
              value={form.status}
              onChange={set('status')}
              options={codeOptions(TASK_STATUSES)}
            />
          )}
          {task && (
            <TextField
              label="Baseline hours"
              hint="Replaces the bid template's hours; leave blank to use the template"
              type="number"
              min={0}
              step="any"
              value={form.override}
              onChange={set('override')}
              error={fieldError('baselineHoursOverride')}
            />
          )}
          {task && (
            <TextField
              label="Vendor company"
              hint="Its VENDOR people may log time and AI runs on this task; leave blank for none"
              value={form.vendor}
              onChange={set('vendor')}
              error={fieldError('vendorCompany')}
            />
          )}
          <TextField
            label="AI review hours"
            type="number"
            min={0}
            step="any"
            value={form.review}
            onChange={set('review')}
            error={fieldError('plannedAiReviewHours')}
          />
        </div>
        {error && !INLINE.has(error.field ?? '') && <ErrorState error={error} />}
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={(!task && !form.taskTypeCode) || create.running || update.running}
          >
            {task ? 'Save the task' : 'Add the task'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

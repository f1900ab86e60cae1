import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import type { AiCategory } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { SaveTaskTypeMutation } from './rates.operations';

export interface TaskTypeDraft {
  code: string;
  name: string;
  baselineRoleCode: string;
  defaultAiCategory: AiCategory;
}

const CATEGORIES: { value: AiCategory; label: string }[] = [
  { value: 'TRADITIONAL', label: 'Traditional (tracking, roto, clean-up tools)' },
  { value: 'GENERATIVE', label: 'Generative (makes new images)' },
];

/**
 * Adds a task type, or changes one: who does it by hand prices its baseline. Task types are
 * shared by every production; a change is audited with the type as it was.
 */
export function TaskTypeDialog({
  initial,
  roles,
  onClose,
}: {
  /** The type being changed, or undefined for a new one. */
  initial?: TaskTypeDraft;
  roles: { code: string; name: string }[];
  onClose(saved: boolean): void;
}) {
  const save = useMutation(SaveTaskTypeMutation);
  const [draft, setDraft] = useState<TaskTypeDraft>(
    initial ?? { code: '', name: '', baselineRoleCode: '', defaultAiCategory: 'TRADITIONAL' },
  );
  const set = (change: Partial<TaskTypeDraft>) => setDraft({ ...draft, ...change });
  const apiField = (name: string) => fieldMessage(save.error, `input.${name}`);

  return (
    <Dialog title={initial ? `Change ${initial.name}` : 'New task type'} onClose={() => onClose(false)}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const answer = await save.run({ input: { ...draft, name: draft.name.trim() } });
          if (answer) onClose(true);
        }}
      >
        <TextField
          label="Name"
          required
          value={draft.name}
          onChange={(name) => set({ name })}
          hint="e.g. Rotoscoping"
          error={apiField('name')}
        />
        <TextField
          label="Code"
          required
          readOnly={Boolean(initial)}
          value={draft.code}
          onChange={(code) => set({ code: code.toUpperCase() })}
          hint="Used in imports: 2 to 32 upper-case letters or _, e.g. ROTO."
          error={apiField('code')}
        />
        <SelectField
          label="Done by hand by"
          value={draft.baselineRoleCode}
          onChange={(baselineRoleCode) => set({ baselineRoleCode })}
          allLabel="Choose a role"
          options={roles.map((r) => ({ value: r.code, label: r.name }))}
          error={apiField('baselineRoleCode')}
        />
        <SelectField
          label="Kind of AI it usually takes"
          value={draft.defaultAiCategory}
          onChange={(v) => set({ defaultAiCategory: v as AiCategory })}
          options={CATEGORIES}
        />
        {save.error && <ErrorState error={save.error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.running}>
            Save task type
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { CreateLabourRoleMutation } from './rates.operations';

/** A labour role the rate cards and task types can name, shared by every production (audited). */
export function LabourRoleDialog({ onClose }: { onClose(created: boolean): void }) {
  const create = useMutation(CreateLabourRoleMutation);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [department, setDepartment] = useState('');
  const [unionLocal, setUnionLocal] = useState('');
  const apiField = (f: string) => fieldMessage(create.error, `input.${f}`);

  return (
    <Dialog title="New labour role" onClose={() => onClose(false)}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const answer = await create.run({
            input: {
              name: name.trim(),
              code: code.trim(),
              department: department.trim(),
              unionLocal: unionLocal.trim() || undefined,
            },
          });
          if (answer) onClose(true);
        }}
      >
        <TextField
          label="Name"
          required
          value={name}
          onChange={setName}
          hint="e.g. Roto artist"
          error={apiField('name')}
        />
        <TextField
          label="Code"
          required
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          hint="Used in imports: upper-case letters, digits or _, e.g. ROTO_ARTIST."
          error={apiField('code')}
        />
        <TextField
          label="Department"
          required
          value={department}
          onChange={setDepartment}
          hint="e.g. Prep, Comp, Finishing"
          error={apiField('department')}
        />
        <TextField
          label="Union or guild local"
          value={unionLocal}
          onChange={setUnionLocal}
          hint="Optional, e.g. IATSE Local 839"
          error={apiField('unionLocal')}
        />
        {create.error && <ErrorState error={create.error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={create.running}>
            Create role
          </button>
        </div>
      </form>
    </Dialog>
  );
}

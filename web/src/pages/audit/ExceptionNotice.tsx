import { useState, type FormEvent } from 'react';
import { useMutation } from '../../api/hooks';
import { localTimeToIso } from '../../format/dates';
import { TextField } from '../../ui/TextField';
import { RecordExceptionNoticeMutation } from './exception-triage.operations';
import type { PolicyExceptionRow } from './ExceptionsTab';

/**
 * The worker notice a missing-notice exception asks for, recorded from the exception itself; the
 * api then closes the production's missing-notice exceptions (docs/decisions/0029).
 */
export function ExceptionNotice({ exception, onSaved }: { exception: PolicyExceptionRow; onSaved(): void }) {
  const [form, setForm] = useState({ unionName: '', scope: '', givenAt: '' });
  const record = useMutation(RecordExceptionNoticeMutation);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) => (record.error?.field === field ? record.error.message : undefined);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await record.run({ id: exception.id, ...form, givenAt: localTimeToIso(form.givenAt) });
    if (done) onSaved();
  };
  return (
    <details className="exception__actions">
      <summary>Record the worker notice</summary>
      <form className="inline-form" onSubmit={save}>
        <TextField
          label="Union told"
          hint="e.g. IATSE Local 839 (The Animation Guild)"
          value={form.unionName}
          onChange={set('unionName')}
          error={fieldError('unionName')}
        />
        <TextField
          label="What the notice said"
          value={form.scope}
          onChange={set('scope')}
          error={fieldError('scope')}
        />
        <TextField
          label="Given on"
          type="datetime-local"
          value={form.givenAt}
          onChange={set('givenAt')}
          error={fieldError('givenAt')}
        />
        <button type="submit" className="button button--primary" disabled={record.running}>
          {record.running ? 'Recording…' : 'Record notice and close'}
        </button>
        {record.error && !['unionName', 'scope', 'givenAt'].includes(record.error.field ?? '') && (
          <p className="form-error" role="alert">
            {record.error.message}
          </p>
        )}
      </form>
    </details>
  );
}

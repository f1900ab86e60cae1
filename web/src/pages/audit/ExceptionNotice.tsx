import { useState, type FormEvent } from 'react';
import { useMutation } from '../../api/hooks';
import { localTimeToIso } from '../../format/dates';
import { TextField } from '../../ui/TextField';
import { RecordExceptionNoticeMutation } from './exception-triage.operations';
import type { PolicyExceptionRow } from './ExceptionsTab';

/** The notice each rule's exception asks for, in the words the policy message uses. */
export const NOTICE_OF_RULE: Record<string, { summary: string; hint: string }> = {
  GENERATIVE_WORKER_NOTICE: {
    summary: 'Record the worker notice',
    hint: 'e.g. IATSE Local 839 (The Animation Guild)',
  },
  SYNTHETIC_PERFORMER_NOTICE: { summary: 'Record the union notice', hint: 'e.g. SAG-AFTRA' },
};

/**
 * The notice an exception asks for, recorded from the exception itself: a worker notice closes the
 * production's missing-notice exceptions (docs/decisions/0029); a union notice is recorded on the
 * synthetic performer's task and closes that task's exception.
 */
export function ExceptionNotice({ exception, onSaved }: { exception: PolicyExceptionRow; onSaved(): void }) {
  const notice = NOTICE_OF_RULE[exception.ruleId];
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
      <summary>{notice.summary}</summary>
      <form className="inline-form" onSubmit={save}>
        <TextField
          label="Union told"
          hint={notice.hint}
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

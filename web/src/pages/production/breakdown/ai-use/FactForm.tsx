import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../../api/errors';
import { localTimeToIso } from '../../../../format/dates';
import { SelectField, type Option } from '../../../../ui/SelectField';
import { ErrorState } from '../../../../ui/states';
import { TextField } from '../../../../ui/TextField';

/** One field of a fact's form: typed words, a date and time, a choice, or a yes/no box. */
export interface FactField {
  key: string;
  label: string;
  kind?: 'text' | 'datetime' | 'select' | 'check';
  hint?: string;
  options?: Option[];
  initial?: string | boolean;
}

export type FactValues = Record<string, string | boolean>;

/**
 * A fact recorded from its own fold-out form. Dates are sent as ISO times; the api's sentence for a
 * field (`input.<key>`) shows under it, any other refusal under the form.
 */
export function FactForm({
  summary,
  fields,
  submitLabel,
  error,
  running,
  onSubmit,
}: {
  summary: string;
  fields: FactField[];
  submitLabel: string;
  error?: ApiError;
  running: boolean;
  onSubmit(values: FactValues): Promise<boolean>;
}) {
  const initial = () =>
    Object.fromEntries(fields.map((f) => [f.key, f.initial ?? (f.kind === 'check' ? false : '')]));
  const [values, setValues] = useState<FactValues>(initial);
  const set = (key: string) => (value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const fieldError = (key: string) => (error?.field === `input.${key}` ? error.message : undefined);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const sent = Object.fromEntries(
      fields.map((f) => [
        f.key,
        f.kind === 'datetime' ? localTimeToIso(values[f.key] as string) : values[f.key],
      ]),
    );
    if (await onSubmit(sent)) setValues(initial());
  };
  return (
    <details className="fact-form">
      <summary>{summary}</summary>
      <form className="stack" onSubmit={send}>
        <div className="form-grid">
          {fields.map((f) =>
            f.kind === 'check' ? (
              <label key={f.key} className="field field--check">
                <input
                  type="checkbox"
                  checked={values[f.key] as boolean}
                  onChange={(e) => set(f.key)(e.target.checked)}
                />{' '}
                {f.label}
              </label>
            ) : f.kind === 'select' ? (
              <SelectField
                key={f.key}
                label={f.label}
                value={values[f.key] as string}
                options={f.options ?? []}
                onChange={set(f.key)}
                error={fieldError(f.key)}
              />
            ) : (
              <TextField
                key={f.key}
                label={f.label}
                hint={f.hint}
                type={f.kind === 'datetime' ? 'datetime-local' : 'text'}
                value={values[f.key] as string}
                onChange={set(f.key)}
                error={fieldError(f.key)}
              />
            ),
          )}
        </div>
        {error && !fields.some((f) => error.field === `input.${f.key}`) && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={running}>
            {running ? 'Recording…' : submitLabel}
          </button>
        </div>
      </form>
    </details>
  );
}

import { useId } from 'react';
import { codeToWords } from './words';

export interface Option {
  value: string;
  label: string;
}

/** Options for enum codes, labelled in words ("AI_FINAL" -> "AI final"). */
export const codeOptions = (codes: readonly string[]): Option[] =>
  codes.map((c) => ({ value: c, label: codeToWords(c) }));

/** Options shown as their codes, for technical terms people read as codes (NCHW, RGB). */
export const literalOptions = (codes: readonly string[]): Option[] =>
  codes.map((c) => ({ value: c, label: c }));

/** A labelled select; `allLabel` adds a first "" option meaning "no filter". */
export function SelectField({
  label,
  value,
  options,
  onChange,
  allLabel,
  disabled,
  error,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  allLabel?: string;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}

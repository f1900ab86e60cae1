import { useId } from 'react';
import { codeToWords } from './words';
import { describedBy, FieldNotes } from './FieldNotes';

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

/** A labelled select; `allLabel` adds a first "" option meaning "no filter". Its hint and error are read out with it. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  allLabel,
  disabled,
  hint,
  error,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  allLabel?: string;
  disabled?: boolean;
  hint?: string;
  /** The api's sentence for this field (BAD_USER_INPUT names it). */
  error?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

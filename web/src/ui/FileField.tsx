import { useId, type ReactNode } from 'react';

/** A labelled file input that hands over the chosen file, saying while it uploads and what came of it. */
export function FileField({
  label,
  accept,
  onFile,
  busy,
  busyText = 'Uploading…',
  children,
}: {
  label: string;
  accept: string;
  onFile(file: File | undefined): void;
  busy: boolean;
  busyText?: string;
  /** What the upload gave, under the input. */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="file" accept={accept} onChange={(e) => onFile(e.target.files?.[0])} />
      {busy && <span className="field__hint">{busyText}</span>}
      {children}
    </div>
  );
}

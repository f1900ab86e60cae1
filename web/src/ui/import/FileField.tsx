import { useId, type ChangeEvent } from 'react';

/** A labelled file picker that hands on the chosen file's name and text (nothing when cleared). */
export function FileField({
  accept,
  onFile,
  label = 'File',
}: {
  accept?: string;
  onFile(file: { name: string; text: string } | undefined): void;
  label?: string;
}) {
  const id = useId();
  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    onFile(file ? { name: file.name, text: await file.text() } : undefined);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="file" accept={accept} onChange={(e) => void read(e)} />
    </div>
  );
}

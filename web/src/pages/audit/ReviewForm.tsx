import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/errors';
import type { PolicyReviewStatus } from '../../gql/graphql';

const REVIEW_STATUSES: { value: PolicyReviewStatus; label: string }[] = [
  { value: 'UNREVIEWED', label: 'Not yet reviewed' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'QUERIED', label: 'Queried with the production' },
];

/**
 * A review status and note, for one exception or several. The api refuses a review that says
 * nothing (BAD_USER_INPUT naming reviewStatus and note), so the form says so before sending.
 */
export function ReviewForm({
  initialStatus = 'UNREVIEWED',
  initialNote = '',
  submitLabel,
  running,
  error,
  onSubmit,
}: {
  initialStatus?: PolicyReviewStatus;
  initialNote?: string;
  submitLabel: string;
  running: boolean;
  error?: ApiError;
  onSubmit(status: PolicyReviewStatus, note: string): Promise<unknown>;
}) {
  const id = useId();
  const [status, setStatus] = useState<PolicyReviewStatus>(initialStatus);
  const [note, setNote] = useState(initialNote);
  const empty = status === 'UNREVIEWED' && note.trim() === '';
  const [tried, setTried] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!empty) await onSubmit(status, note.trim());
  };
  const invalid = tried && empty;

  return (
    <form className="inline-form" onSubmit={save}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-status`}>
          Review status
        </label>
        <select
          id={`${id}-status`}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-empty` : undefined}
          value={status}
          onChange={(e) => setStatus(e.target.value as PolicyReviewStatus)}
        >
          {REVIEW_STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--grow">
        <label className="field__label" htmlFor={`${id}-note`}>
          Review note
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-empty` : undefined}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={running}>
        {running ? 'Saving…' : submitLabel}
      </button>
      {invalid && (
        <p className="form-error" role="alert" id={`${id}-empty`}>
          A review needs a status or a note: choose Accepted or Queried, or write in the note what you found.
        </p>
      )}
      {error && !empty && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}

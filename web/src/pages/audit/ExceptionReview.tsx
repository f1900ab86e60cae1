import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '../../api/hooks';
import type { PolicyReviewStatus } from '../../gql/graphql';
import { ReviewExceptionMutation, WaiveExceptionMutation } from './audit.operations';
import type { PolicyExceptionRow } from './ExceptionsTab';

const REVIEW_STATUSES: { value: PolicyReviewStatus; label: string }[] = [
  { value: 'UNREVIEWED', label: 'Not yet reviewed' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'QUERIED', label: 'Queried with the production' },
];

/** A reviewer's status and note on one exception; an admin may also waive it with a reason. */
export function ExceptionReview({
  exception,
  canWaive,
  onSaved,
}: {
  exception: PolicyExceptionRow;
  canWaive: boolean;
  onSaved(): void;
}) {
  const id = useId();
  const [status, setStatus] = useState<PolicyReviewStatus>(exception.reviewStatus);
  const [note, setNote] = useState(exception.reviewNote);
  const [reason, setReason] = useState('');
  const review = useMutation(ReviewExceptionMutation);
  const waive = useMutation(WaiveExceptionMutation);

  // The api refuses a review that says nothing (BAD_USER_INPUT naming reviewStatus and note).
  const empty = status === 'UNREVIEWED' && note.trim() === '';
  const [tried, setTried] = useState(false);
  const saveReview = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty) return;
    if (await review.run({ id: exception.id, reviewStatus: status, note: note.trim() })) onSaved();
  };
  const saveWaiver = async () => {
    if (await waive.run({ id: exception.id, reason: reason.trim() })) onSaved();
  };

  return (
    <details className="exception__actions">
      <summary>Review{canWaive && exception.status === 'OPEN' ? ' or waive' : ''}</summary>
      <form className="inline-form" onSubmit={saveReview}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            Review status
          </label>
          <select
            id={`${id}-status`}
            aria-invalid={tried && empty ? true : undefined}
            aria-describedby={tried && empty ? `${id}-empty` : undefined}
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
            aria-invalid={tried && empty ? true : undefined}
            aria-describedby={tried && empty ? `${id}-empty` : undefined}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={review.running}>
          {review.running ? 'Saving…' : 'Save review'}
        </button>
        {tried && empty && (
          <p className="form-error" role="alert" id={`${id}-empty`}>
            A review needs a status or a note: choose Accepted or Queried, or write in the note what you
            found.
          </p>
        )}
        {review.error && !empty && (
          <p className="form-error" role="alert">
            {review.error.message}
          </p>
        )}
      </form>
      {canWaive && exception.status === 'OPEN' && (
        <div className="inline-form">
          <div className="field field--grow">
            <label className="field__label" htmlFor={`${id}-reason`}>
              Waiver reason
            </label>
            <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void saveWaiver()}
            disabled={waive.running}
          >
            Waive exception
          </button>
          {waive.error && (
            <p className="form-error" role="alert">
              {waive.error.message}
            </p>
          )}
        </div>
      )}
    </details>
  );
}

import { useId, useState } from 'react';
import { useMutation } from '../../api/hooks';
import type { PolicyReviewStatus } from '../../gql/graphql';
import { ReviewExceptionMutation, WaiveExceptionMutation } from './audit.operations';
import type { PolicyExceptionRow } from './ExceptionsTab';
import { ReviewForm } from './ReviewForm';

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
  const [reason, setReason] = useState('');
  const review = useMutation(ReviewExceptionMutation);
  const waive = useMutation(WaiveExceptionMutation);

  const saveReview = async (reviewStatus: PolicyReviewStatus, note: string) => {
    if (await review.run({ id: exception.id, reviewStatus, note })) onSaved();
  };
  const saveWaiver = async () => {
    if (await waive.run({ id: exception.id, reason: reason.trim() })) onSaved();
  };

  return (
    <details className="exception__actions">
      <summary>Review{canWaive && exception.status === 'OPEN' ? ' or waive' : ''}</summary>
      <ReviewForm
        initialStatus={exception.reviewStatus}
        initialNote={exception.reviewNote}
        submitLabel="Save review"
        running={review.running}
        error={review.error}
        onSubmit={saveReview}
      />
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

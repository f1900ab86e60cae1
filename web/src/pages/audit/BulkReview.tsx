import { useMutation } from '../../api/hooks';
import type { PolicyReviewStatus } from '../../gql/graphql';
import { ReviewExceptionsMutation } from './exception-triage.operations';
import { ReviewForm } from './ReviewForm';

/** One review applied to every selected exception; the api audits each and refuses all or none. */
export function BulkReview({
  ids,
  shown,
  onSelectAll,
  onClear,
  onSaved,
}: {
  ids: readonly string[];
  shown: number;
  onSelectAll(): void;
  onClear(): void;
  onSaved(): void;
}) {
  const review = useMutation(ReviewExceptionsMutation);
  const save = async (reviewStatus: PolicyReviewStatus, note: string) => {
    if (await review.run({ ids: [...ids], reviewStatus, note })) onSaved();
  };
  return (
    <div className="card stack" role="region" aria-label="Review several exceptions">
      <div className="inline-form">
        <strong aria-live="polite">
          {ids.length} of {shown} shown selected
        </strong>
        <button type="button" className="button" onClick={onSelectAll}>
          Select all shown
        </button>
        <button type="button" className="button" onClick={onClear} disabled={ids.length === 0}>
          Clear selection
        </button>
      </div>
      {ids.length > 0 && (
        <ReviewForm
          submitLabel={`Review ${ids.length} selected`}
          running={review.running}
          error={review.error}
          onSubmit={save}
        />
      )}
    </div>
  );
}

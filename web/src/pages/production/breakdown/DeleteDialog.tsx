import type { Document } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { ErrorState } from '../../../ui/states';

/**
 * Asks before a delete, saying what goes with it; the api's refusal (time logged, AI runs) is shown
 * as its sentence and nothing is removed. Answers the api's summary of what went.
 */
export function DeleteDialog<R>({
  title,
  removes,
  document,
  id,
  summaryOf,
  onClose,
}: {
  title: string;
  /** What the delete removes, in words: "Shot SH010 and its 2 tasks (Compositing and Rotoscoping)". */
  removes: string;
  document: Document<R, { id: string }>;
  id: string;
  summaryOf(answer: R): string;
  onClose(summary?: string): void;
}) {
  const remove = useMutation(document);
  const confirm = async () => {
    const answer = await remove.run({ id });
    if (answer) onClose(summaryOf(answer));
  };
  return (
    <Dialog title={title} onClose={() => onClose()}>
      <div className="stack">
        <p data-testid="delete-what">
          This removes {removes}. Only work with nothing recorded against it can be deleted; the audit log
          keeps what it was.
        </p>
        {remove.error && <ErrorState error={remove.error} />}
        <div className="actions">
          <button type="button" className="button" onClick={() => onClose()}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={remove.running || !!remove.error}
            onClick={() => void confirm()}
          >
            {remove.running ? 'Deleting…' : 'Delete'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

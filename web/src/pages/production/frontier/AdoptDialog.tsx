import { formatMoneyFor } from '../../../format/money';
import { formatNumber } from '../../../format/numbers';
import { Dialog } from '../../../ui/Dialog';
import { codeToWords } from '../../../ui/words';
import type { AdoptionPreview } from './useAdoptPlan';

/** The longest list the dialog draws; the rest are counted (the adoption still applies them all). */
const SHOWN = 200;

const REASONS: Record<string, string> = {
  DONE: 'done',
  WORK_LOGGED: 'work logged on its path',
};

/**
 * What adopting a plan will change (each task's path from and to, and what that does to its cost)
 * and what it leaves alone and why, for the planner to confirm before anything is written.
 */
export function AdoptDialog({
  preview,
  planLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  preview: AdoptionPreview;
  planLabel: string;
  busy: boolean;
  error?: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const { changes, kept } = preview;
  return (
    <Dialog title={`Adopt ${planLabel}?`} onClose={onClose} wide>
      <div className="stack" data-testid="adopt-preview">
        <p>
          {changes.length === 0
            ? 'This plan changes no task’s path: every task it would move is done or has work logged.'
            : `${formatNumber(changes.length, 0)} task path${changes.length === 1 ? '' : 's'} will change, in one audited step you can undo. Expected cost effect: ${formatMoneyFor(preview.costEffect)}.`}
        </p>
        {changes.length > 0 && (
          <div className="table-wrap table-wrap--short">
            <table className="table table--dense">
              <caption className="visually-hidden">Task paths that will change</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col" className="num">
                    Cost effect
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.slice(0, SHOWN).map((c) => (
                  <tr key={c.taskId}>
                    <th scope="row">{c.task}</th>
                    <td>{codeToWords(c.from)}</td>
                    <td>{codeToWords(c.to)}</td>
                    <td className="num">{formatMoneyFor(c.costEffect)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {changes.length > SHOWN && (
          <p className="muted">…and {formatNumber(changes.length - SHOWN, 0)} more, all applied together.</p>
        )}
        {kept.length > 0 && (
          <details>
            <summary>
              {formatNumber(kept.length, 0)} task{kept.length === 1 ? '' : 's'} left alone (done or with work
              logged)
            </summary>
            <ul className="muted">
              {kept.slice(0, SHOWN).map((k) => (
                <li key={k.taskId}>
                  {k.task}: keeps {codeToWords(k.path)} (the plan wants {codeToWords(k.wanted)}),{' '}
                  {REASONS[k.reason] ?? codeToWords(k.reason)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy || changes.length === 0}
            onClick={onConfirm}
          >
            {busy
              ? 'Adopting…'
              : `Adopt: change ${formatNumber(changes.length, 0)} path${changes.length === 1 ? '' : 's'}`}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}

import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { lineInput, RateLineFields, type LineDraft } from './RateLineFields';
import { SetRateCardLineMutation } from './rates.operations';

/** Adds a role's rate to a card, or corrects one (the change is audited with the rate before it). */
export function RateLineDialog({
  rateCardId,
  currency,
  roles,
  initial,
  onClose,
}: {
  rateCardId: string;
  currency: string;
  roles: { code: string; name: string }[];
  /** The line being corrected; a new line when it has no role yet. */
  initial: LineDraft;
  onClose(saved: boolean): void;
}) {
  const save = useMutation(SetRateCardLineMutation);
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [source, setSource] = useState('');
  const correcting = initial.roleCode !== '';

  return (
    <Dialog title={correcting ? 'Change a rate' : 'Add a role’s rate'} onClose={() => onClose(false)}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setTried(true);
          const { input } = lineInput(draft, currency);
          if (!input) return;
          const answer = await save.run({ input: { ...input, rateCardId, source: source.trim() } });
          if (answer) onClose(true);
        }}
      >
        <RateLineFields
          draft={draft}
          currency={currency}
          roles={roles}
          onChange={setDraft}
          showProblems={tried}
          roleLocked={correcting}
          apiField={(f) => fieldMessage(save.error, `input.${f}`)}
        />
        <TextField
          label="Source"
          value={source}
          onChange={setSource}
          hint="Where the new figure comes from."
        />
        {save.error && <ErrorState error={save.error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.running}>
            Save rate
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { formatDate } from '../../../format/dates';
import { formatHours } from '../../../format/numbers';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { DeleteTimeEntryMutation, UpdateTimeEntryMutation } from './time.operations';

export interface CorrectedEntry {
  id: string;
  person: string;
  workDate: string;
  minutes: number;
  note: string;
  monthClosed: boolean;
  task: string;
}

/**
 * Changes or removes one time entry after saying what will be written: in an open month the entry
 * itself; in a closed month a reversing entry in the first open month (and the corrected one).
 */
export function CorrectionDialog({
  entry,
  removing,
  onDone,
  onClose,
}: {
  entry: CorrectedEntry;
  removing: boolean;
  onDone(message: string): void;
  onClose(): void;
}) {
  const [minutes, setMinutes] = useState(String(entry.minutes));
  const [workDate, setWorkDate] = useState(entry.workDate);
  const [note, setNote] = useState(entry.note);
  const update = useMutation(UpdateTimeEntryMutation);
  const remove = useMutation(DeleteTimeEntryMutation);
  const busy = update.running || remove.running;
  const error = update.error ?? remove.error;
  const fieldError = (field: string) => (error?.field === `changes.${field}` ? error.message : undefined);

  const save = async () => {
    if (removing) {
      const done = await remove.run({ id: entry.id });
      if (done)
        onDone(
          done.deleteTimeEntry.reversed
            ? `Posted a reversing entry of ${formatHours(-entry.minutes / 60)} on ${formatDate(done.deleteTimeEntry.reversal!.workDate)}.`
            : 'The entry was removed.',
        );
      return;
    }
    const changes = {
      minutes: Number(minutes),
      note,
      ...(workDate !== entry.workDate ? { workDate } : {}),
    };
    const done = await update.run({ id: entry.id, changes });
    if (done) {
      const { reversed, entry: corrected, reversal } = done.updateTimeEntry;
      onDone(
        reversed
          ? `Posted a reversing entry of ${formatHours(reversal!.minutes / 60)} and the corrected ${formatHours(corrected!.minutes / 60)} on ${formatDate(corrected!.workDate)}.`
          : 'The entry was changed.',
      );
    }
  };

  return (
    <Dialog title={removing ? 'Remove this time entry?' : 'Correct this time entry'} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p>
          {entry.person}, {entry.task}, {formatDate(entry.workDate)}: {formatHours(entry.minutes / 60)}.
        </p>
        <p data-testid="correction-effect" className={entry.monthClosed ? 'state state--warning' : 'muted'}>
          {entry.monthClosed
            ? `${entry.workDate.slice(0, 7)} is closed, so this entry stays as booked: saving posts a reversing entry of ${formatHours(-entry.minutes / 60)}${removing ? '' : ' and the corrected entry'} in the first open month.`
            : removing
              ? 'The entry will be removed; the change is recorded in the audit log.'
              : 'The entry will be changed in place; the change is recorded in the audit log.'}
        </p>
        {!removing && (
          <>
            <TextField
              label="Minutes"
              type="number"
              min={1}
              max={1440}
              value={minutes}
              onChange={setMinutes}
              error={fieldError('minutes')}
            />
            <TextField
              label="Work date"
              type="date"
              value={workDate}
              onChange={setWorkDate}
              hint={
                entry.monthClosed ? 'Leave it to post the correction in the first open month.' : undefined
              }
              error={fieldError('workDate')}
            />
            <TextField label="Note" value={note} onChange={setNote} error={fieldError('note')} />
          </>
        )}
        {error && !error.field?.startsWith('changes.') && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : removing ? (entry.monthClosed ? 'Post reversing entry' : 'Remove') : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

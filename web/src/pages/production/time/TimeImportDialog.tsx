import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { formatDate } from '../../../format/dates';
import { formatHours } from '../../../format/numbers';
import type { ImportTimeEntriesMutation as Result } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { FileField } from '../../../ui/import/FileField';
import { ImportActions } from '../../../ui/import/ImportActions';
import { DryRunVerdict, ImportProblems } from '../../../ui/import/ImportProblems';
import { useDryRun } from '../../../ui/import/useDryRun';
import { ErrorState } from '../../../ui/states';
import { useNames } from '../../../ui/useNames';
import { codeToWords } from '../../../ui/words';
import { DeleteTimeEntriesMutation, ImportTimeEntriesMutation } from './time.operations';

type ImportResult = Result['importTimeEntries'];
const PREVIEW_ROWS = 50;

const entriesText = (r: { count: number; hours: number }) =>
  `${r.count} entr${r.count === 1 ? 'y' : 'ies'} (${formatHours(r.hours)})`;

/**
 * A time log (our CSV, a ShotGrid time log or a Kitsu time spents export) in two steps, as the
 * breakdown import: a dry run lists every entry and every problem by line, and the import is
 * offered only for the file that passed it. Right after, "Undo this import" removes what it wrote.
 */
export function TimeImportDialog({
  productionId,
  onClose,
}: {
  productionId: string;
  onClose(changed: boolean): void;
}) {
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [committed, setCommitted] = useState<ImportResult>();
  const [undone, setUndone] = useState(false);
  const importer = useMutation(ImportTimeEntriesMutation);
  const remover = useMutation(DeleteTimeEntriesMutation);
  const variables = { productionId, content: file?.text ?? '' };
  const { dryRun, stale, record } = useDryRun<ImportResult>(JSON.stringify(variables));
  const canCommit = dryRun && dryRun.errors.length === 0 && dryRun.count > 0;

  const check = async () => {
    const answer = await importer.run({ ...variables, dryRun: true });
    if (answer) record(answer.importTimeEntries);
  };
  const commit = async () => {
    const answer = await importer.run({ ...variables, dryRun: false });
    if (answer) setCommitted(answer.importTimeEntries);
  };
  const undo = async (ids: string[]) => {
    if (await remover.run({ ids })) setUndone(true);
  };

  if (committed) {
    return (
      <Dialog title={undone ? 'Import undone' : 'Time log imported'} onClose={() => onClose(true)}>
        <p role="status" data-testid="time-import-outcome">
          {undone
            ? `The ${entriesText(committed)} from ${file?.name ?? 'the file'} are removed again.`
            : `Logged ${entriesText(committed)} from ${file?.name ?? 'the file'}.`}
        </p>
        {remover.error && <ErrorState error={remover.error} />}
        <div className="actions">
          {!undone && (
            <button
              type="button"
              className="button"
              disabled={remover.running}
              onClick={() => void undo(committed.entryIds)}
            >
              Undo this import
            </button>
          )}
          <button type="button" className="button button--primary" onClick={() => onClose(true)}>
            Back to the time logged
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Import a time log" onClose={() => onClose(false)} wide>
      <div className="stack">
        <FileField accept=".csv,text/csv" onFile={setFile} />
        <p className="muted">
          Our CSV (task, person, date, minutes or hours), a ShotGrid time log export (Entity, Task, User,
          Date, Duration) or a Kitsu time spents export.
        </p>
        <ImportActions
          hasFile={file !== undefined}
          running={importer.running}
          checked={dryRun !== undefined}
          canCommit={Boolean(canCommit)}
          importLabel={dryRun ? `Import ${entriesText(dryRun)}` : 'Import'}
          stale={stale}
          onCheck={() => void check()}
          onCommit={() => void commit()}
        />
        {importer.error && <ErrorState error={importer.error} />}
        {dryRun && <DryRunReport result={dryRun} />}
      </div>
    </Dialog>
  );
}

function DryRunReport({ result }: { result: ImportResult }) {
  const names = useNames();
  return (
    <div className="stack" data-testid="dry-run">
      <DryRunVerdict problems={result.errors.length}>Would log {entriesText(result)}.</DryRunVerdict>
      <ImportProblems problems={result.errors} />
      {result.entries.length > 0 && (
        <div className="table-wrap table-wrap--short">
          <table className="table" data-testid="time-import-entries">
            <caption className="visually-hidden">Entries read from the file</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Date</th>
                <th scope="col">Shot</th>
                <th scope="col">Task</th>
                <th scope="col">Person</th>
                <th scope="col">Priced as</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Hours
                </th>
              </tr>
            </thead>
            <tbody>
              {result.entries.slice(0, PREVIEW_ROWS).map((e) => (
                <tr key={e.line}>
                  <td className="num">{e.line}</td>
                  <td>{formatDate(e.workDate)}</td>
                  <td className="code">{e.task.shot.code}</td>
                  <td>{e.task.taskType.name}</td>
                  <td>{e.person}</td>
                  <td>{names.role(e.roleCode)}</td>
                  <td>{codeToWords(e.kind)}</td>
                  <td className="num">{formatHours(e.minutes / 60)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.entries.length > PREVIEW_ROWS && (
            <p className="muted">…and {result.entries.length - PREVIEW_ROWS} more entries.</p>
          )}
        </div>
      )}
    </div>
  );
}

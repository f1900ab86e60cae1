import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { formatNumber } from '../../../format/numbers';
import { formatSpeedEffect } from '../../../format/speed';
import type { BreakdownFormat, ImportBreakdownMutation as Result, TaskPath } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { Dialog } from '../../../ui/Dialog';
import { FileField } from '../../../ui/import/FileField';
import { ImportActions } from '../../../ui/import/ImportActions';
import { DryRunVerdict, ImportProblems } from '../../../ui/import/ImportProblems';
import { useDryRun } from '../../../ui/import/useDryRun';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { codeToWords } from '../../../ui/words';
import { ImportBreakdownMutation } from './breakdown.operations';
import { TASK_PATHS } from '@frameledger/analytics';

type ImportResult = Result['importBreakdown'];

const FORMATS: { value: BreakdownFormat; label: string; accept: string }[] = [
  { value: 'EDL', label: 'CMX3600 EDL', accept: '.edl,text/plain' },
  { value: 'OTIO', label: 'OpenTimelineIO (.otio)', accept: '.otio,application/json' },
  { value: 'CSV', label: 'Breakdown CSV', accept: '.csv,text/csv' },
];
const PREVIEW_ROWS = 50;

/**
 * Import in two steps: a dry run lists what would be created and every problem by line; the
 * import itself is offered only for exactly the file and options that passed the dry run.
 */
export function ImportDialog({
  productionId,
  taskTypes,
  onClose,
}: {
  productionId: string;
  taskTypes: { code: string; name: string }[];
  onClose(committed: boolean): void;
}) {
  const [format, setFormat] = useState<BreakdownFormat>('EDL');
  const [fileName, setFileName] = useState('');
  const [content, setContent] = useState('');
  const [episodeNumber, setEpisodeNumber] = useState('1');
  const [fps, setFps] = useState('24');
  const [taskTypeCode, setTaskTypeCode] = useState('');
  const [path, setPath] = useState('');
  const [committed, setCommitted] = useState<ImportResult>();
  const importer = useMutation(ImportBreakdownMutation);

  const timeline = format !== 'CSV';
  const variables = {
    productionId,
    format,
    content,
    episodeNumber: timeline && episodeNumber ? Number(episodeNumber) : undefined,
    fps: timeline && fps ? Number(fps) : undefined,
    taskTypeCode: taskTypeCode || undefined,
    path: (path || undefined) as TaskPath | undefined,
  };
  // The api refuses these too (BAD_USER_INPUT naming the field); the form says so before sending.
  const episodeProblem =
    timeline && episodeNumber !== '' && !/^\d+$/.test(episodeNumber.trim())
      ? 'Episodes are numbered from 1: give a whole number such as 1 or 12, or leave it empty.'
      : timeline && episodeNumber !== '' && Number(episodeNumber) < 1
        ? 'Episodes are numbered from 1: 0 is not an episode.'
        : undefined;
  const apiFieldError = (field: string) =>
    importer.error?.field === field ? importer.error.message : undefined;
  const { dryRun, stale, record } = useDryRun<ImportResult>(JSON.stringify(variables));
  const canCommit = dryRun && dryRun.errors.length === 0 && dryRun.newShots + dryRun.newTasks > 0;

  const readFile = (file: { name: string; text: string } | undefined) => {
    setFileName(file?.name ?? '');
    setContent(file?.text ?? '');
    if (file?.name.toLowerCase().endsWith('.otio')) setFormat('OTIO');
    else if (file?.name.toLowerCase().endsWith('.csv')) setFormat('CSV');
    else if (file?.name.toLowerCase().endsWith('.edl')) setFormat('EDL');
  };
  const check = async () => {
    const answer = await importer.run({ ...variables, dryRun: true });
    if (answer) record(answer.importBreakdown);
  };
  const commit = async () => {
    const answer = await importer.run({ ...variables, dryRun: false });
    if (answer) setCommitted(answer.importBreakdown);
  };

  if (committed) {
    return (
      <Dialog title="Breakdown imported" onClose={() => onClose(true)}>
        <p role="status">
          Imported {counts(committed)} from {fileName || 'the file'}.
        </p>
        <button type="button" className="button button--primary" onClick={() => onClose(true)}>
          Back to the breakdown
        </button>
      </Dialog>
    );
  }
  return (
    <Dialog title="Import a breakdown" onClose={() => onClose(false)} wide>
      <div className="stack">
        <div className="form-grid">
          <SelectField
            label="Format"
            value={format}
            onChange={(v) => setFormat(v as BreakdownFormat)}
            options={FORMATS.map((f) => ({ value: f.value, label: f.label }))}
          />
          <FileField accept={FORMATS.find((f) => f.value === format)?.accept} onFile={readFile} />
          {timeline && (
            <>
              <TextField
                label="Episode number"
                type="number"
                min={1}
                value={episodeNumber}
                onChange={setEpisodeNumber}
                error={episodeProblem ?? apiFieldError('episodeNumber')}
              />
              <TextField
                label="Timeline rate (fps)"
                type="number"
                step="0.001"
                min={1}
                value={fps}
                onChange={setFps}
                hint={format === 'EDL' ? 'EDLs do not state their rate.' : undefined}
                error={apiFieldError('fps')}
              />
            </>
          )}
          <SelectField
            label="Task for every shot"
            value={taskTypeCode}
            onChange={setTaskTypeCode}
            allLabel={format === 'CSV' ? 'As the CSV says' : 'None (shots only)'}
            options={taskTypes.map((t) => ({ value: t.code, label: t.name }))}
          />
          <SelectField
            label="Path for new tasks"
            value={path}
            onChange={setPath}
            allLabel="Human (default)"
            options={codeOptions(TASK_PATHS)}
          />
        </div>
        <ImportActions
          hasFile={content !== ''}
          blocked={episodeProblem !== undefined}
          running={importer.running}
          checked={dryRun !== undefined}
          canCommit={Boolean(canCommit)}
          importLabel={dryRun ? `Import ${counts(dryRun)}` : 'Import'}
          stale={stale}
          changed="The file or options"
          onCheck={() => void check()}
          onCommit={() => void commit()}
        />
        {importer.error && <ErrorState error={importer.error} />}
        {dryRun && <DryRunReport result={dryRun} />}
      </div>
    </Dialog>
  );
}

const counts = (r: ImportResult) =>
  `${r.newShots} new shot${r.newShots === 1 ? '' : 's'} and ${r.newTasks} new task${r.newTasks === 1 ? '' : 's'}`;

function DryRunReport({ result }: { result: ImportResult }) {
  return (
    <div className="stack" data-testid="dry-run">
      <DryRunVerdict problems={result.errors.length}>
        {result.title && <>“{result.title}”: </>}
        {formatNumber(result.shots.length, 0)} shots read; would create {counts(result)}
        {result.newEpisodes > 0 && ` and ${result.newEpisodes} episode${result.newEpisodes === 1 ? '' : 's'}`}
        .
      </DryRunVerdict>
      <ImportProblems problems={result.errors} />
      {result.shots.length > 0 && (
        <div className="table-wrap table-wrap--short">
          <table className="table">
            <caption className="visually-hidden">Shots read from the file</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Shot</th>
                <th scope="col">Sequence</th>
                <th scope="col" className="num">
                  Frames
                </th>
                <th scope="col">Tasks</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {result.shots.slice(0, PREVIEW_ROWS).map((s) => (
                <tr key={`${s.line}-${s.code}`}>
                  <td className="num">{s.line}</td>
                  <td className="code">{s.code}</td>
                  <td>{s.sequence || '—'}</td>
                  <td className="num">
                    {s.frameIn}–{s.frameOut} ({s.frameCount})
                    {s.timeScalar !== null && s.timeScalar !== 1 && (
                      <div className="muted">{formatSpeedEffect(s.timeScalar)}</div>
                    )}
                  </td>
                  <td>
                    {result.tasks
                      .filter((t) => t.shotCode === s.code)
                      .map((t) => `${codeToWords(t.taskTypeCode)}${t.exists ? ' (exists)' : ''}`)
                      .join(', ') || '—'}
                  </td>
                  <td>{s.exists ? <Badge tone="neutral">Exists</Badge> : <Badge tone="good">New</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.shots.length > PREVIEW_ROWS && (
            <p className="muted">…and {result.shots.length - PREVIEW_ROWS} more shots.</p>
          )}
        </div>
      )}
    </div>
  );
}

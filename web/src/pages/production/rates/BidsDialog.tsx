import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { formatNumber } from '../../../format/numbers';
import type { BidUnit } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { SetBidTemplateMutation } from './rates.operations';

export interface Bid {
  name: string;
  complexity: number;
  unit: BidUnit;
  optimistic: number;
  mostLikely: number;
  pessimistic: number;
  source: string;
}

const UNITS: { value: BidUnit; label: string }[] = [
  { value: 'SHOT', label: 'Hours a shot' },
  { value: 'FRAME', label: 'Frames an artist finishes a day' },
];
const unitWords = (unit: BidUnit) => (unit === 'SHOT' ? 'h a shot' : 'frames a day');

/**
 * A task type's bids, by template and complexity (1 simple to 5 hardest), and setting one: the
 * three-point figure a breakdown's tasks are bid and planned with. Setting one again replaces it.
 */
export function BidsDialog({
  taskType,
  onClose,
}: {
  taskType: { code: string; name: string; bidTemplates: Bid[] };
  onClose(saved: boolean): void;
}) {
  const save = useMutation(SetBidTemplateMutation);
  const [name, setName] = useState('Standard');
  const [complexity, setComplexity] = useState('3');
  const [unit, setUnit] = useState<BidUnit>('SHOT');
  const [three, setThree] = useState({ optimistic: '', mostLikely: '', pessimistic: '' });
  const [source, setSource] = useState('');
  const apiField = (f: string) => fieldMessage(save.error, `input.${f}`);
  const bids = [...taskType.bidTemplates].sort(
    (a, b) => a.name.localeCompare(b.name) || a.complexity - b.complexity,
  );

  return (
    <Dialog title={`Bids for ${taskType.name}`} onClose={() => onClose(false)} wide>
      <div className="stack">
        {bids.length === 0 ? (
          <p className="muted">No bids yet: tasks of this type cannot be created until it has one.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="bids">
              <caption className="visually-hidden">Bids by template and complexity</caption>
              <thead>
                <tr>
                  <th scope="col">Template</th>
                  <th scope="col" className="num">
                    Complexity
                  </th>
                  <th scope="col">Optimistic / most likely / pessimistic</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {bids.map((b) => (
                  <tr key={`${b.name}-${b.complexity}`}>
                    <td>{b.name}</td>
                    <td className="num">{b.complexity}</td>
                    <td>
                      {[b.optimistic, b.mostLikely, b.pessimistic].map((n) => formatNumber(n, 1)).join(' / ')}{' '}
                      {unitWords(b.unit)}
                    </td>
                    <td>{b.source || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <form
          className="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            const answer = await save.run({
              input: {
                taskTypeCode: taskType.code,
                name: name.trim(),
                complexity: Number(complexity),
                unit,
                optimistic: Number(three.optimistic),
                mostLikely: Number(three.mostLikely),
                pessimistic: Number(three.pessimistic),
                source: source.trim(),
              },
            });
            if (answer) onClose(true);
          }}
        >
          <div className="form-grid">
            <TextField label="Template" required value={name} onChange={setName} error={apiField('name')} />
            <SelectField
              label="Complexity"
              value={complexity}
              onChange={setComplexity}
              options={['1', '2', '3', '4', '5'].map((c) => ({ value: c, label: c }))}
              error={apiField('complexity')}
            />
            <SelectField
              label="Bid in"
              value={unit}
              onChange={(v) => setUnit(v as BidUnit)}
              options={UNITS}
            />
            {(['optimistic', 'mostLikely', 'pessimistic'] as const).map((point) => (
              <TextField
                key={point}
                label={
                  point === 'mostLikely'
                    ? 'Most likely'
                    : point === 'optimistic'
                      ? 'Optimistic'
                      : 'Pessimistic'
                }
                required
                inputMode="decimal"
                value={three[point]}
                onChange={(v) => setThree({ ...three, [point]: v })}
                error={apiField(point)}
              />
            ))}
            <TextField
              label="Source"
              value={source}
              onChange={setSource}
              hint="Where the figures come from."
            />
          </div>
          {save.error && <ErrorState error={save.error} />}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={save.running}>
              Save bid
            </button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}

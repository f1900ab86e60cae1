import { supportedCurrencies } from '@frameledger/analytics';
import { useState } from 'react';
import { useMutation } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { literalOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { emptyLine, lineInput, RateLineFields, type LineDraft } from './RateLineFields';
import { CreateRateCardMutation } from './rates.operations';

const CURRENCIES = literalOptions(supportedCurrencies());

/**
 * A new rate card for the production, with a line per role. From its start date it prices the
 * production's work; earlier cards stay as they were for the time before it.
 */
export function RateCardDialog({
  productionId,
  currency: productionCurrency,
  effectiveFrom: defaultFrom,
  roles,
  onClose,
}: {
  productionId: string;
  currency: string;
  effectiveFrom: string;
  roles: { code: string; name: string }[];
  onClose(created: boolean): void;
}) {
  const create = useMutation(CreateRateCardMutation);
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState(productionCurrency);
  const [effectiveFrom, setEffectiveFrom] = useState(defaultFrom);
  const [source, setSource] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()]);
  const [tried, setTried] = useState(false);
  const read = lines.map((l) => lineInput(l, currency));
  const setLine = (i: number, line: LineDraft) => setLines(lines.map((l, j) => (j === i ? line : l)));

  return (
    <Dialog title="New rate card" onClose={() => onClose(false)} wide>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          setTried(true);
          const inputs = read.map((r) => r.input);
          if (inputs.some((i) => !i)) return;
          const answer = await create.run({
            input: {
              productionId,
              name: name.trim(),
              currency,
              effectiveFrom,
              source: source.trim(),
              lines: inputs.map((i) => ({ ...i!, source: source.trim() })),
            },
          });
          if (answer) onClose(true);
        }}
      >
        <div className="form-grid">
          <TextField
            label="Name"
            required
            value={name}
            onChange={setName}
            hint="e.g. Buenos Aires crew 2026"
            error={fieldMessage(create.error, 'input.name')}
          />
          <SelectField
            label="Currency"
            value={currency}
            onChange={setCurrency}
            options={CURRENCIES}
            error={fieldMessage(create.error, 'input.currency')}
          />
          <TextField
            label="In effect from"
            type="date"
            required
            value={effectiveFrom}
            onChange={setEffectiveFrom}
            error={fieldMessage(create.error, 'input.effectiveFrom')}
          />
          <TextField
            label="Source"
            value={source}
            onChange={setSource}
            hint="Where the rates come from: a survey, an agreement, a quote."
          />
        </div>
        {lines.map((line, i) => (
          <fieldset key={i} className="form-grid" aria-label={`Rate ${i + 1}`}>
            <RateLineFields
              draft={line}
              currency={currency}
              roles={roles.filter(
                (r) => r.code === line.roleCode || !lines.some((l) => l.roleCode === r.code),
              )}
              onChange={(d) => setLine(i, d)}
              showProblems={tried}
              apiField={(f) => fieldMessage(create.error, `input.lines[${i}].${f}`)}
            />
            {lines.length > 1 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setLines(lines.filter((_, j) => j !== i))}
              >
                Remove this rate
              </button>
            )}
          </fieldset>
        ))}
        <div className="actions">
          <button type="button" className="button" onClick={() => setLines([...lines, emptyLine()])}>
            Add a role
          </button>
          <button type="submit" className="button button--primary" disabled={create.running}>
            Create rate card
          </button>
        </div>
        {create.error && <ErrorState error={create.error} />}
      </form>
    </Dialog>
  );
}

import { parseMajorAmount, supportedCurrencies } from '@frameledger/analytics';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '../../api/hooks';
import { graphql } from '../../gql';
import { Dialog } from '../../ui/Dialog';
import { literalOptions, SelectField } from '../../ui/SelectField';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { fieldMessage, readAmount } from '../production/rates/form-errors';

const CreateProductionMutation = graphql(`
  mutation CreateProduction($input: CreateProductionInput!) {
    createProduction(input: $input) {
      id
    }
  }
`);

const CURRENCIES = literalOptions(supportedCurrencies());

/**
 * Creates a production and opens its rates section, where the next steps (a rate card, task
 * types) are. The checks the form makes first are the api's own, in its words.
 */
export function NewProductionDialog({ onClose }: { onClose(): void }) {
  const create = useMutation(CreateProductionMutation);
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [country, setCountry] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [reportingCurrency, setReportingCurrency] = useState('');
  const [budget, setBudget] = useState('');
  const [startDate, setStartDate] = useState('');
  const [deliveryDate, setDeliveryDate] = useState('');
  const [guildCovered, setGuildCovered] = useState(false);
  const [tried, setTried] = useState(false);

  const amount = readAmount(() => parseMajorAmount(budget, currency, 'input.vfxBudgetMinor'));
  const budgetProblem = tried || budget ? amount.problem : undefined;
  const datesProblem =
    startDate && deliveryDate && deliveryDate < startDate
      ? 'The delivery date must be on or after the start date.'
      : undefined;
  const apiField = (name: string) => fieldMessage(create.error, `input.${name}`);

  return (
    <Dialog title="New production" onClose={onClose} wide>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setTried(true);
          if (amount.minor === undefined || datesProblem) return;
          const answer = await create.run({
            input: {
              code: code.trim(),
              title: title.trim(),
              country: country.trim().toUpperCase(),
              currency,
              reportingCurrency: reportingCurrency || undefined,
              vfxBudgetMinor: amount.minor.toString(),
              startDate,
              deliveryDate,
              guildCovered,
            },
          });
          if (answer) navigate(`/productions/${answer.createProduction.id}/rates`);
        }}
      >
        <div className="form-grid">
          <TextField
            label="Code"
            required
            value={code}
            onChange={(v) => setCode(v.toUpperCase())}
            hint="2 to 32 upper-case letters, digits, - or _, e.g. DERRUMBE."
            error={apiField('code')}
          />
          <TextField label="Title" required value={title} onChange={setTitle} error={apiField('title')} />
          <TextField
            label="Country"
            required
            value={country}
            onChange={setCountry}
            maxLength={2}
            hint="Two letters, e.g. AR or US."
            error={apiField('country')}
          />
          <SelectField
            label="Budget currency"
            value={currency}
            onChange={setCurrency}
            options={CURRENCIES}
            error={apiField('currency')}
          />
          <TextField
            label={`VFX budget (${currency})`}
            required
            inputMode="decimal"
            value={budget}
            onChange={setBudget}
            error={budgetProblem ?? apiField('vfxBudgetMinor')}
          />
          <SelectField
            label="Reports in"
            value={reportingCurrency}
            onChange={setReportingCurrency}
            allLabel="The budget currency"
            options={CURRENCIES}
            error={apiField('reportingCurrency')}
          />
          <TextField
            label="Start"
            type="date"
            required
            value={startDate}
            onChange={setStartDate}
            error={apiField('startDate')}
          />
          <TextField
            label="Delivery"
            type="date"
            required
            value={deliveryDate}
            onChange={setDeliveryDate}
            error={datesProblem ?? apiField('deliveryDate')}
          />
          <label className="field field--check">
            <input
              type="checkbox"
              checked={guildCovered}
              onChange={(e) => setGuildCovered(e.target.checked)}
            />
            Covered by guild agreements (SAG-AFTRA, IATSE, Animation Guild)
          </label>
        </div>
        {create.error && <ErrorState error={create.error} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={create.running}>
            Create production
          </button>
        </div>
      </form>
    </Dialog>
  );
}

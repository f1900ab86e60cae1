import { quarterOf, quartersBetween } from '@frameledger/analytics';
import { useState } from 'react';
import { useMutation, useQuery } from '../../../api/hooks';
import { Dialog } from '../../../ui/Dialog';
import { literalOptions, SelectField } from '../../../ui/SelectField';
import { ErrorState, Loading } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { fieldMessage } from './form-errors';
import { FxRatesQuery, SetFxRateMutation } from './rates.operations';

interface Props {
  currency: string;
  reportingCurrency: string;
  startDate: string;
  deliveryDate: string;
}

/**
 * The quarters' exchange rates a production that reports in another currency is converted at,
 * one per quarter from its start to its delivery; setting a quarter again replaces its rate.
 */
export function FxRatesSection({ currency, reportingCurrency, startDate, deliveryDate }: Props) {
  const { data, error, loading, refetch } = useQuery(FxRatesQuery, { currency, reportingCurrency });
  const [open, setOpen] = useState<{ quarter: string; rate: string }>();
  const quarters = quartersBetween(quarterOf(startDate), quarterOf(deliveryDate));
  const rateOf = (quarter: string) => data?.fxRates.edges.find((e) => e.node.quarter === quarter)?.node;

  return (
    <div className="stack">
      <h3>
        Exchange rates, {currency} into {reportingCurrency}
      </h3>
      <p className="muted">Reports convert each quarter’s figures at that quarter’s rate.</p>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && loading && <Loading what="the exchange rates" />}
      {data && (
        <div className="table-wrap">
          <table className="table" data-testid="fx-rates">
            <caption className="visually-hidden">Exchange rates by quarter</caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Rate</th>
                <th scope="col">Source</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {quarters.map((quarter) => {
                const fx = rateOf(quarter);
                return (
                  <tr key={quarter}>
                    <th scope="row">{quarter}</th>
                    <td>
                      {fx ? (
                        `1 ${currency} = ${fx.rate} ${reportingCurrency}`
                      ) : (
                        <span className="muted">Not set: this quarter cannot be converted</span>
                      )}
                    </td>
                    <td>{fx?.source || '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Set the rate of ${quarter}`}
                        onClick={() => setOpen({ quarter, rate: fx?.rate ?? '' })}
                      >
                        {fx ? 'Change' : 'Set'}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <FxRateDialog
          currency={currency}
          reportingCurrency={reportingCurrency}
          quarters={quarters}
          initial={open}
          onClose={(saved) => {
            setOpen(undefined);
            if (saved) refetch();
          }}
        />
      )}
    </div>
  );
}

function FxRateDialog({
  currency,
  reportingCurrency,
  quarters,
  initial,
  onClose,
}: {
  currency: string;
  reportingCurrency: string;
  quarters: string[];
  initial: { quarter: string; rate: string };
  onClose(saved: boolean): void;
}) {
  const save = useMutation(SetFxRateMutation);
  const [quarter, setQuarter] = useState(initial.quarter);
  const [rate, setRate] = useState(initial.rate);
  const [source, setSource] = useState('');
  return (
    <Dialog title={`${currency} into ${reportingCurrency}`} onClose={() => onClose(false)}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const answer = await save.run({
            input: { currency, reportingCurrency, quarter, rate: rate.trim(), source: source.trim() },
          });
          if (answer) onClose(true);
        }}
      >
        <SelectField
          label="Quarter"
          value={quarter}
          onChange={setQuarter}
          options={literalOptions(quarters)}
        />
        <TextField
          label={`${reportingCurrency} one ${currency} buys`}
          required
          inputMode="decimal"
          value={rate}
          onChange={setRate}
          hint="A decimal of up to 10 places, e.g. 0.00068966."
          error={fieldMessage(save.error, 'input.rate')}
        />
        <TextField
          label="Source"
          value={source}
          onChange={setSource}
          hint="e.g. the central bank’s quarter average."
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

import { parseMajorAmount } from '@frameledger/analytics';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { localTimeToIso } from '../../format/dates';
import type { LikenessKind } from '../../gql/graphql';
import { ProductionsQuery } from '../production-list/productions.operations';
import { readAmount } from '../production/rates/form-errors';
import { Dialog } from '../../ui/Dialog';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { codeOptions, SelectField } from '../../ui/SelectField';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { RecordConsentMutation } from './consent.operations';

/** The likenesses a performer consents to; a synthetic performer has no performer to sign. */
const REPLICA_KINDS: LikenessKind[] = [
  'EMPLOYMENT_REPLICA',
  'INDEPENDENT_REPLICA',
  'DIGITAL_ALTERATION',
  'BACKGROUND_REPLICA',
];

const emptyForm = {
  productionId: '',
  performerName: '',
  replicaKind: 'EMPLOYMENT_REPLICA',
  scope: '',
  signedAt: '',
  noticeGivenAt: '',
  compensation: '',
  estateConsent: false,
};

/** Records a performer's signed consent; the api checks its notice against the first AI use. */
export function ConsentDialog({
  productionId,
  onClose,
}: {
  productionId: string;
  onClose(saved: boolean): void;
}) {
  const [form, setForm] = useState({ ...emptyForm, productionId });
  const productions = useQuery(ProductionsQuery, { first: 100 });
  const record = useMutation(RecordConsentMutation);
  const set = (key: keyof typeof form) => (value: string | boolean) =>
    setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) =>
    record.error?.field === `input.${field}` ? record.error.message : undefined;
  const currency =
    productions.data?.productions.edges.find((e) => e.node.id === form.productionId)?.node.currency ?? '';
  const amount = currency
    ? readAmount(() => parseMajorAmount(form.compensation || '0', currency, 'compensation'))
    : undefined;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (amount?.minor === undefined) return;
    const done = await record.run({
      input: {
        productionId: form.productionId,
        performerName: form.performerName,
        replicaKind: form.replicaKind as LikenessKind,
        scope: form.scope,
        signedAt: localTimeToIso(form.signedAt),
        noticeGivenAt: localTimeToIso(form.noticeGivenAt),
        compensationMinor: amount.minor.toString(),
        compensationCurrency: currency,
        estateConsent: form.estateConsent,
      },
    });
    if (done) onClose(true);
  };

  return (
    <Dialog title="Record a consent" onClose={() => onClose(false)}>
      <form className="stack" onSubmit={send}>
        <ProductionSelect
          value={form.productionId}
          onChange={set('productionId')}
          allLabel="Choose a production"
        />
        <div className="form-grid">
          <TextField
            label="Performer"
            hint="As named on the task or shot"
            value={form.performerName}
            onChange={set('performerName')}
            error={fieldError('performerName')}
          />
          <SelectField
            label="Replica"
            value={form.replicaKind}
            onChange={set('replicaKind')}
            options={codeOptions(REPLICA_KINDS)}
            error={fieldError('replicaKind')}
          />
          <TextField
            label="Signed on"
            type="datetime-local"
            value={form.signedAt}
            onChange={set('signedAt')}
            error={fieldError('signedAt')}
          />
          <TextField
            label="Notice given on"
            type="datetime-local"
            value={form.noticeGivenAt}
            onChange={set('noticeGivenAt')}
            error={fieldError('noticeGivenAt')}
          />
          <TextField
            label={currency ? `Compensation (${currency})` : 'Compensation'}
            inputMode="decimal"
            value={form.compensation}
            onChange={set('compensation')}
            error={amount?.problem ?? fieldError('compensationMinor')}
          />
        </div>
        <TextField
          label="Agreed use"
          hint="As the signed document words it"
          value={form.scope}
          onChange={set('scope')}
          error={fieldError('scope')}
        />
        <label className="field field--check">
          <input
            type="checkbox"
            checked={form.estateConsent}
            onChange={(e) => set('estateConsent')(e.target.checked)}
          />{' '}
          Given by the performer’s estate
        </label>
        {record.error && !record.error.field?.startsWith('input.') && <ErrorState error={record.error} />}
        <div className="actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!form.productionId || !form.signedAt || !form.noticeGivenAt || record.running}
          >
            {record.running ? 'Recording…' : 'Record the consent'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { parseMajorAmount } from '@frameledger/analytics';
import { useState, type FormEvent } from 'react';
import { useUpload } from '../../api/files';
import { useMutation, useQuery } from '../../api/hooks';
import { localTimeToIso } from '../../format/dates';
import type { LikenessKind } from '../../gql/graphql';
import { ProductionsQuery } from '../production-list/productions.operations';
import { readAmount } from '../production/rates/form-errors';
import { Dialog } from '../../ui/Dialog';
import { FileField } from '../../ui/FileField';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { codeOptions, SelectField } from '../../ui/SelectField';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { shortHash } from '../../ui/words';
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
  scanReason: '',
  performerMinor: false,
  guardianName: '',
  trainingLicensedAt: '',
  trainingNoticeAt: '',
};

/** An optional date: left empty, it is not sent. */
const optionalTime = (value: string) => (value ? localTimeToIso(value) : null);

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
  const upload = useUpload<{ sha256: string }>();
  const [signed, setSigned] = useState<{ name: string; sha256: string }>();
  const set = (key: keyof typeof form) => (value: string | boolean) =>
    setForm((f) => ({ ...f, [key]: value }));
  const fieldError = (field: string) =>
    record.error?.field === `input.${field}` ? record.error.message : undefined;
  const currency =
    productions.data?.productions.edges.find((e) => e.node.id === form.productionId)?.node.currency ?? '';
  const amount = currency
    ? readAmount(() => parseMajorAmount(form.compensation || '0', currency, 'compensation'))
    : undefined;

  /** The signed document is stored first (by its sha256), which the consent then names. */
  const attach = async (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.append('document', file);
    const stored = await upload.uploadForm('/files/governance/consent-documents', form);
    if (stored) setSigned({ name: file.name, sha256: stored.sha256 });
  };

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
        documentSha256: signed?.sha256,
        estateConsent: form.estateConsent,
        scanReason: form.scanReason || null,
        performerMinor: form.performerMinor,
        guardianName: form.performerMinor ? form.guardianName || null : null,
        trainingLicensedAt: optionalTime(form.trainingLicensedAt),
        trainingNoticeAt: optionalTime(form.trainingNoticeAt),
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
        <fieldset className="stack">
          <legend>
            SAG-AFTRA 2026 terms (reported; weighed only where a production turns their rules on)
          </legend>
          <TextField
            label="Why the performer was scanned"
            hint="As told to the performer before the scan"
            value={form.scanReason}
            onChange={set('scanReason')}
            error={fieldError('scanReason')}
          />
          <label className="field field--check">
            <input
              type="checkbox"
              checked={form.performerMinor}
              onChange={(e) => set('performerMinor')(e.target.checked)}
            />{' '}
            The performer is a minor
          </label>
          {form.performerMinor && (
            <TextField
              label="Parent or guardian who also consented"
              value={form.guardianName}
              onChange={set('guardianName')}
              error={fieldError('guardianName')}
            />
          )}
          <div className="form-grid">
            <TextField
              label="Data licensed for third-party AI training on"
              hint="Leave empty if it was not"
              type="datetime-local"
              value={form.trainingLicensedAt}
              onChange={set('trainingLicensedAt')}
              error={fieldError('trainingLicensedAt')}
            />
            <TextField
              label="Performer told of that licence on"
              type="datetime-local"
              value={form.trainingNoticeAt}
              onChange={set('trainingNoticeAt')}
              error={fieldError('trainingNoticeAt')}
            />
          </div>
        </fieldset>
        <FileField
          label="Signed document"
          accept="application/pdf,image/png,image/jpeg"
          onFile={(file) => void attach(file)}
          busy={upload.busy}
        >
          {signed && (
            <span className="field__hint" data-testid="consent-document">
              {signed.name}, stored as {shortHash(signed.sha256)}
            </span>
          )}
          {fieldError('documentSha256') && <span className="form-error">{fieldError('documentSha256')}</span>}
        </FileField>
        {upload.error && <ErrorState error={upload.error} />}
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

import { useState } from 'react';
import { queryString } from '../../api/files';
import { useUser } from '../../auth/session';
import { useQuery } from '../../api/hooks';
import { formatDateTime } from '../../format/dates';
import { formatNumber } from '../../format/numbers';
import { Badge } from '../../ui/Badge';
import { DownloadButton } from '../../ui/DownloadButton';
import { MoneyText } from '../../ui/MoneyText';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useFilters } from '../../ui/useFilters';
import { codeToWords, shortHash } from '../../ui/words';
import { ConsentRegisterQuery } from './audit.operations';
import { ConsentDialog } from './ConsentDialog';
import { consentTone } from './tones';

const FILTERS = ['productionId'] as const;

/** Every performer consent with its notice measured against the first AI use of the likeness. */
export function ConsentsTab() {
  const [filters, setFilter] = useFilters(FILTERS);
  const productionId = filters.productionId || undefined;
  const { data, error, loading, refetch } = useQuery(ConsentRegisterQuery, { productionId });
  const consents = data?.consentRegister;
  const user = useUser();
  // The api lets the production side record consents (admins and planners); of the roles that see
  // Audit, only an admin.
  const canRecord = user.role === 'PLANNER' || user.role === 'ADMIN';
  const [recording, setRecording] = useState(false);

  return (
    <section aria-labelledby="consents-title" className="stack">
      <h2 id="consents-title" className="visually-hidden">
        Consent register
      </h2>
      <FilterBar label="Filter the consents">
        <ProductionSelect
          value={filters.productionId}
          onChange={(v) => setFilter('productionId', v)}
          allLabel="All productions"
        />
        <DownloadButton
          path={`/files/governance/consent-register.csv${queryString({ productionId })}`}
          fileName="consent-register.csv"
          label="Export CSV"
        />
        {canRecord ? (
          <button type="button" className="button button--primary" onClick={() => setRecording(true)}>
            Record a consent…
          </button>
        ) : (
          <p className="muted">An admin records a consent here; a reviewer reads them.</p>
        )}
      </FilterBar>
      {recording && (
        <ConsentDialog
          productionId={filters.productionId}
          onClose={(saved) => {
            setRecording(false);
            if (saved) refetch();
          }}
        />
      )}
      {error && <ErrorState error={error} retry={refetch} />}
      {!consents && loading && <Loading what="the consent register" />}
      {consents && consents.length === 0 && (
        <EmptyState title="No consents recorded.">
          <p>A planner records a performer’s signed consent before AI work on a shot with their likeness.</p>
        </EmptyState>
      )}
      {consents && consents.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Consents and their standing</caption>
            <thead>
              <tr>
                <th scope="col">Performer</th>
                <th scope="col">Replica</th>
                <th scope="col">Scope</th>
                <th scope="col">Signed · notice</th>
                <th scope="col">First AI use</th>
                <th scope="col">Standing</th>
                <th scope="col" className="num">
                  Compensation
                </th>
                <th scope="col" className="num">
                  Tasks
                </th>
                <th scope="col">Document</th>
              </tr>
            </thead>
            <tbody>
              {consents.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.performerName}
                    {c.estateConsent && <span className="muted"> (estate)</span>}
                    <br />
                    <span className="code muted">{c.productionCode}</span>
                  </th>
                  <td>{codeToWords(c.replicaKind)}</td>
                  <td className="wrap">
                    {c.scope}
                    <PerformerTerms consent={c} />
                  </td>
                  <td>
                    {formatDateTime(c.signedAt)}
                    <br />
                    <span className="muted">notice {formatDateTime(c.noticeGivenAt)}</span>
                  </td>
                  <td>
                    {c.firstLikenessUseAt ? formatDateTime(c.firstLikenessUseAt) : '—'}
                    {c.noticeHoursBeforeFirstUse !== null && c.noticeHoursBeforeFirstUse !== undefined && (
                      <>
                        <br />
                        <span className="muted">
                          {formatNumber(c.noticeHoursBeforeFirstUse, 1)} h after notice
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    <Badge tone={consentTone(c.standing)}>{codeToWords(c.standing)}</Badge>
                    {c.openExceptions > 0 && (
                      <div className="muted">{c.openExceptions} open exception(s)</div>
                    )}
                  </td>
                  <td className="num">
                    <MoneyText money={c.compensation} />
                  </td>
                  <td className="num">{c.tasks}</td>
                  <td className="code" title={c.documentSha256 ?? 'no document uploaded'}>
                    {shortHash(c.documentSha256)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the consent records for the reported SAG-AFTRA 2026 terms, where it records anything. */
function PerformerTerms({
  consent: c,
}: {
  consent: {
    scanReason?: string | null;
    performerMinor: boolean;
    guardianName?: string | null;
    trainingLicensedAt?: string | null;
    trainingNoticeAt?: string | null;
  };
}) {
  const lines = [
    c.scanReason && `Scanned because: ${c.scanReason}`,
    c.performerMinor && `Minor; guardian: ${c.guardianName ?? 'none named'}`,
    c.trainingLicensedAt &&
      `Data licensed for AI training ${formatDateTime(c.trainingLicensedAt)}; performer told ${
        c.trainingNoticeAt ? formatDateTime(c.trainingNoticeAt) : 'not recorded'
      }`,
  ].filter(Boolean);
  return lines.length === 0 ? null : (
    <ul className="muted" aria-label="Performer terms">
      {lines.map((line) => (
        <li key={String(line)}>{line}</li>
      ))}
    </ul>
  );
}

import { useEffect } from 'react';
import { useQuery } from '../../api/hooks';
import { formatDateTime } from '../../format/dates';
import { Badge } from '../../ui/Badge';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { AuditWitnessStatusQuery } from './audit.operations';
import { ageOf } from './witness-age';

/**
 * Who vouches for the log besides the server: its own continuity check (the heads it signed,
 * kept outside the database) and each witness's last cosigned head. Red when either failed.
 */
export function WitnessesCard({ head }: { head?: number }) {
  const { data, error, loading, refetch } = useQuery(AuditWitnessStatusQuery, {});
  // A new head was signed on this page: the server checked continuity again, so read it again.
  useEffect(() => {
    if (head !== undefined) refetch();
  }, [head, refetch]);
  const continuity = data?.auditContinuity;
  const witnesses = data?.auditWitnesses ?? [];
  return (
    <div className="card stack" data-testid="witnesses">
      <h3>Continuity and witnesses</h3>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && loading && <Loading what="the witnesses" />}
      {continuity && (
        <p role={continuity.ok ? undefined : 'alert'} data-testid="continuity">
          {continuity.ok ? (
            <Badge tone="good">Server continuity holds</Badge>
          ) : (
            <Badge tone="bad">History diverged at tree size {continuity.finding?.treeSize}</Badge>
          )}{' '}
          {continuity.finding
            ? continuity.finding.message
            : `The log of ${continuity.logSize} events extends every head the server signed; ${
                continuity.lastSignedSize
                  ? `the latest it keeps outside the database is size ${continuity.lastSignedSize}`
                  : 'none is kept outside the database yet'
              }${continuity.checkedAt ? ` (checked ${ageOf(continuity.checkedAt)})` : ''}.`}
        </p>
      )}
      {data && !witnesses.length && (
        <EmptyState title="No witness is registered.">
          <p>
            An admin registers a guild's witness key (registerWitness); the witness then runs npm run witness
            on its own machine.
          </p>
        </EmptyState>
      )}
      {witnesses.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Witness</th>
              <th scope="col">Key id</th>
              <th scope="col">Last cosigned head</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {witnesses.map((w) => (
              <tr key={w.id}>
                <td>
                  {w.name}
                  <div className="muted">{w.organisation}</div>
                </td>
                <td className="code">{w.keyId}</td>
                <td>
                  {w.lastCosigned ? (
                    <span title={formatDateTime(w.lastCosigned.receivedAt)}>
                      size {w.lastCosigned.treeSize}, {ageOf(w.lastCosigned.receivedAt)}
                    </span>
                  ) : (
                    <span className="muted">none yet</span>
                  )}
                </td>
                <td>
                  {w.refusing && w.lastRefusal ? (
                    <span role="alert">
                      <Badge tone="bad">Refused size {w.lastRefusal.treeSize}</Badge> {w.lastRefusal.reason}
                    </span>
                  ) : w.lastCosigned ? (
                    <Badge tone="good">Cosigning</Badge>
                  ) : (
                    <Badge tone="neutral">Waiting</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

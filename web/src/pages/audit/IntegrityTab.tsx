import { useState } from 'react';
import { queryString } from '../../api/files';
import { useApi, useMutation, useQuery } from '../../api/hooks';
import { dayEndExclusiveUtc, dayStartUtc, formatDateTime } from '../../format/dates';
import { Badge } from '../../ui/Badge';
import { DownloadButton } from '../../ui/DownloadButton';
import { FilterBar } from '../../ui/FilterBar';
import { ProductionSelect } from '../../ui/ProductionSelect';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { ConsistencyProofQuery, LatestCheckpointQuery, SignCheckpointMutation } from './audit.operations';
import { verifyCheckpoint, type VerifyStep } from './checkpoint-verify';
import { WitnessesCard } from './WitnessesCard';

/** The log's latest signed checkpoint, a verify action run in the browser, and the audit export. */
export function IntegrityTab() {
  const api = useApi();
  const { data, error, loading, refetch } = useQuery(LatestCheckpointQuery, {});
  const sign = useMutation(SignCheckpointMutation);
  const [steps, setSteps] = useState<VerifyStep[]>();
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<string>();
  const checkpoint = data?.auditCheckpoint;

  const verify = async () => {
    if (!checkpoint) return;
    setVerifying(true);
    setVerifyError(undefined);
    try {
      setSteps(
        await verifyCheckpoint(
          checkpoint,
          async (from, to) => (await api(ConsistencyProofQuery, { from, to })).auditConsistencyProof,
        ),
      );
    } catch (e) {
      setSteps(undefined);
      setVerifyError(e instanceof Error ? e.message : 'Verification could not run; reload and try again.');
    } finally {
      setVerifying(false);
    }
  };
  const signNow = async () => {
    if (await sign.run({})) {
      setSteps(undefined);
      refetch();
    }
  };

  return (
    <section aria-labelledby="integrity-title" className="stack">
      <h2 id="integrity-title" className="visually-hidden">
        Log integrity
      </h2>
      <div className="card stack">
        <h3>Latest signed checkpoint</h3>
        {error && <ErrorState error={error} retry={refetch} />}
        {!data && loading && <Loading what="the latest checkpoint" />}
        {data && !checkpoint && (
          <EmptyState title="No checkpoint is signed yet.">
            <p>Sign one now: it covers every event logged so far.</p>
          </EmptyState>
        )}
        {checkpoint && (
          <dl className="facts" data-testid="checkpoint">
            <dt>Events covered</dt>
            <dd>{checkpoint.treeSize}</dd>
            <dt>Merkle root</dt>
            <dd className="code break">{checkpoint.rootHash}</dd>
            <dt>Signed</dt>
            <dd>{formatDateTime(checkpoint.at)}</dd>
            <dt>Key id</dt>
            <dd className="code">{checkpoint.keyId}</dd>
          </dl>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void verify()}
            disabled={!checkpoint || verifying}
          >
            {verifying ? 'Verifying…' : 'Verify in this browser'}
          </button>
          <button type="button" className="button" onClick={() => void signNow()} disabled={sign.running}>
            {sign.running ? 'Signing…' : 'Sign a checkpoint now'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => checkpoint && saveCheckpoint(checkpoint)}
            disabled={!checkpoint}
          >
            Download this checkpoint (.json)
          </button>
        </div>
        {sign.error && <ErrorState error={sign.error} />}
        {verifyError && (
          <p className="form-error" role="alert">
            {verifyError}
          </p>
        )}
        {steps && <VerifyResult steps={steps} />}
      </div>
      <WitnessesCard head={checkpoint?.treeSize} />
      <AuditExport />
      <div className="card stack">
        <h3>Check an export offline</h3>
        <p>
          The offline verifier is one HTML page: keep it, open it from disk in any current browser, choose an
          audit export and give the key id above. It runs the same checks as <code>npm run audit:verify</code>
          , with no Node and no network.
        </p>
        <p>
          <a className="button" href="/frameledger-verifier.html" download="frameledger-verifier.html">
            Download the offline verifier (HTML)
          </a>
        </p>
      </div>
    </section>
  );
}

/**
 * The checkpoint as a file to keep: later, `npm run audit:verify -- EXPORT --since FILE` proves a
 * new export extends it, so the server cannot quietly rewrite what the reviewer saw today.
 */
function saveCheckpoint(checkpoint: Record<string, unknown> & { treeSize: number }) {
  const { treeSize, rootHash, at, keyId, signature, publicKey } = checkpoint;
  const json = JSON.stringify({ treeSize, rootHash, at, keyId, signature, publicKey }, null, 2);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${json}\n`], { type: 'application/json' }));
  link.download = `frameledger-checkpoint-${treeSize}.json`;
  link.click();
  // Revoked a moment later: revoking at once can cancel the download before the browser reads it.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function VerifyResult({ steps }: { steps: VerifyStep[] }) {
  const ok = steps.every((s) => s.ok);
  return (
    <div className="verify" role="status" data-testid="verify-result">
      <p>
        <Badge tone={ok ? 'good' : 'bad'}>{ok ? 'Verified' : 'Verification failed'}</Badge>
      </p>
      <ul className="verify__steps">
        {steps.map((s) => (
          <li key={s.label}>
            <Badge tone={s.ok ? 'good' : 'bad'}>{s.label}</Badge> {s.detail}
          </li>
        ))}
      </ul>
    </div>
  );
}

const EXPORT_HELP =
  "Verify it on your own machine, with no server: npm run audit:verify -- FILE --key audit-signing-key.pub.pem --witness-key GUILD.pub.pem --since CHECKPOINT.json (it recomputes every hash, the Merkle roots and every signature, the witnesses' included, and names the first bad event or tree size).";

function AuditExport() {
  const [productionId, setProductionId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const params = {
    productionId: productionId || undefined,
    from: dayStartUtc(from),
    to: dayEndExclusiveUtc(to),
  };
  return (
    <div className="card stack">
      <h3>Export the audit log</h3>
      <p className="muted">{EXPORT_HELP}</p>
      <FilterBar label="Audit export">
        <ProductionSelect
          value={productionId}
          onChange={setProductionId}
          allLabel="Every production (complete log)"
        />
        <TextField label="Events from" type="date" value={from} onChange={setFrom} />
        <TextField label="Events to" type="date" value={to} onChange={setTo} />
        <DownloadButton
          path={`/files/audit/export.jsonl${queryString(params)}`}
          fileName="audit-export.jsonl"
          label="Download audit export (.jsonl)"
          primary
        />
      </FilterBar>
    </div>
  );
}

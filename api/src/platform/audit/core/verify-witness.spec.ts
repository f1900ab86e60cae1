import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAuditVerify } from '../../../cli/audit-verify';
import { AuditEvent, nextEvent } from './chain';
import { buildAuditExport, ExportCosignature } from './export-format';
import { generateSigningKey, publicKeyPem, SigningKey } from './keys';
import { createCheckpoint, SignedCheckpoint } from './signing';
import { formatVerifyResult, verifyAuditExport, VerifyOptions } from './verify';
import { signCosignature } from './witness-statements';

// 30 sign-in events, checkpoints at 10, 20 and 30; a guild witness cosigned the heads at 10 and 20.
const log = generateSigningKey();
const guild = generateSigningKey();

function chainOf(n: number, rewrite?: (i: number) => string): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    events.push(
      nextEvent(events[i - 1] ?? null, {
        at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        actor: rewrite?.(i + 1) ?? 'alice',
        action: 'auth.sign_in',
        subjectType: 'user',
        subjectId: `user-${i + 1}`,
        productionId: i % 2 ? 'prod-a' : null,
        payload: { n: i + 1 },
      }),
    );
  }
  return events;
}
const heads = (chain: AuditEvent[]) => [10, 20, 30].map((n) => createCheckpoint(chain.slice(0, n), log));
function cosign(witness: SigningKey, head: SignedCheckpoint): ExportCosignature {
  const at = '2025-01-02T00:00:00.000Z';
  const statement = { treeSize: head.treeSize, rootHash: head.rootHash, at };
  return {
    witnessName: 'Guild witness',
    organisation: 'Editors Guild',
    witnessKeyId: witness.keyId,
    witnessPublicKey: publicKeyPem(witness.publicKey),
    ...statement,
    signature: signCosignature({ ...statement, logKeyId: log.keyId, witnessKeyId: witness.keyId }, witness),
  };
}

const chain = chainOf(30);
const checkpoints = heads(chain);
const cosignatures = [cosign(guild, checkpoints[0]), cosign(guild, checkpoints[1])];
const complete = buildAuditExport({ chain, checkpoints, key: log, cosignatures });
// The operator (who holds the log key) rewrites event 7's actor and re-signs every head.
const forgedChain = chainOf(30, (seq) => (seq === 7 ? 'mallory' : 'alice'));
const forged = (withCosignatures: boolean) =>
  buildAuditExport({
    chain: forgedChain,
    checkpoints: heads(forgedChain),
    key: log,
    cosignatures: withCosignatures ? cosignatures : [],
  });
const verdict = (text: string, options: VerifyOptions = {}) =>
  formatVerifyResult(verifyAuditExport(text, { keyId: log.keyId, ...options }));

describe('witness cosignatures in an audit export', () => {
  it('carries the cosignatures and verifies them against the pinned witness key', () => {
    const text = verdict(complete, { witnessKeys: [guild.publicKey] });
    expect(text.split('\n').at(-1)).toBe(
      `OK: 30 events, 3 checkpoints, 2 cosignatures, key ${log.keyId}; cosigned by all 1 pinned witness keys`,
    );
  });

  it('catches a history the log key re-signed: the witness cosignature of size 10 no longer matches', () => {
    // Without the witness, the re-signed forgery is indistinguishable from the real log.
    expect(verdict(forged(false))).toMatch(/\nOK: 30 events/);
    expect(verdict(forged(true))).toMatch(
      /^FAILED at line \d+: cosignature of tree size 10 by witness \w+: the log in this export does not extend the head of size 10/,
    );
    expect(verdict(forged(false), { witnessKeys: [guild.publicKey] })).toMatch(
      /^FAILED at line 1: no cosignature by witness key \w+ in this export/,
    );
  });

  it('refuses a cosignature line that was edited, and one signed by a key other than the pinned witness', () => {
    const lines = complete.trim().split('\n');
    const edited = { ...JSON.parse(lines.at(-1)!), treeSize: 30, rootHash: checkpoints[2].rootHash };
    expect(verdict([...lines.slice(0, -1), JSON.stringify(edited)].join('\n'))).toMatch(
      /cosignature of tree size 30 by witness \w+: the signature does not verify/,
    );
    const stranger = generateSigningKey();
    expect(verdict(complete, { witnessKeys: [guild.publicKey, stranger.publicKey] })).toMatch(
      new RegExp(`no cosignature by witness key ${stranger.keyId}`),
    );
  });

  it('proves a filtered export consistent with the cosigned heads by consistency proofs', () => {
    const filtered = buildAuditExport({
      chain,
      checkpoints,
      key: log,
      cosignatures,
      filter: { productionId: 'prod-a' },
    });
    expect(verdict(filtered, { witnessKeys: [guild.publicKey] })).toMatch(
      /\nOK: 15 events, 3 checkpoints, 2 cosignatures/,
    );
    const forgedFiltered = buildAuditExport({
      chain: forgedChain,
      checkpoints: heads(forgedChain),
      key: log,
      cosignatures,
      filter: { productionId: 'prod-a' },
    });
    expect(verdict(forgedFiltered)).toMatch(
      /cosignature of tree size 10 by witness \w+: the log in this export does not extend the head of size 10/,
    );
  });

  it('--since: the export must extend a checkpoint the reviewer saved, named by its tree size', () => {
    expect(verdict(complete, { since: checkpoints[1] })).toMatch(
      /extends the saved checkpoint of tree size 20$/,
    );
    expect(verdict(forged(false), { since: checkpoints[1] })).toBe(
      'FAILED: the saved checkpoint of tree size 20: the log in this export does not extend the head of size 20: history at or below it differs',
    );
    const short = buildAuditExport({
      chain: chain.slice(0, 10),
      checkpoints: checkpoints.slice(0, 1),
      key: log,
    });
    expect(verdict(short, { since: checkpoints[1] })).toMatch(
      /the export ends at tree size 10, before the head of size 20/,
    );
    const other = createCheckpoint(chain.slice(0, 20), generateSigningKey());
    expect(verdict(complete, { since: other })).toMatch(/is not signed by this file's key/);
  });

  it('takes --witness-key (repeatable) and --since on the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-witness-'));
    const write = (name: string, text: string) => (
      fs.writeFileSync(path.join(dir, name), text),
      path.join(dir, name)
    );
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const args = [
      '--key',
      write('log.pem', publicKeyPem(log.publicKey)),
      '--witness-key',
      write('guild.pem', publicKeyPem(guild.publicKey)),
      '--since',
      write('saved.json', JSON.stringify(checkpoints[0])),
    ];
    expect(runAuditVerify([write('good.jsonl', complete), ...args], io)).toBe(0);
    expect(runAuditVerify([write('forged.jsonl', forged(true)), ...args], io)).toBe(1);
    expect(out.at(-1)).toMatch(/tree size 10/);
    expect(runAuditVerify([write('good.jsonl', complete), '--since', write('junk.json', '{}')], io)).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAuditVerify } from '../../../cli/audit-verify';
import { runWitness } from '../../../cli/witness';
import { buildAuditExport } from '../core/export-format';
import { generateSigningKey, PUBLIC_KEY_FILE, publicKeyPem } from '../core/keys';
import { createCheckpoint } from '../core/signing';
import { WitnessRepository } from '../witness/witness.repository';
import { AuditLogRepository } from './audit-log.repository';
import { loadServerSigningKey } from './signing-key';
import { forgeHistory } from '../../../../../test/support/audit-attack';
import { startTestServer, TestServer } from '../../../../../test/support/server';

const SIGN = `mutation { signAuditCheckpoint { treeSize rootHash } }`;
const EXPORT = `mutation { exportAudit { content keyId } }`;

/**
 * The attack on the embedded database, as the issue describes it: the database superuser turns
 * the append-only triggers off for one transaction and rewrites and deletes events already under
 * a signed checkpoint, and the signed checkpoints too. Each party then detects it on its own: the
 * server (checkpoints file outside the database), the guild's witness (its state file), and a
 * reviewer's offline verifier (the witness key). The transcript is printed for the closing note.
 */
describe('rewriting the audit log with the database superuser', () => {
  let server: TestServer;
  let reviewer: string;
  const dir = mkdtempSync(join(tmpdir(), 'fl-attack-'));
  const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const transcript: string[] = [];
  const io = { out: (t: string) => transcript.push(t), err: (t: string) => transcript.push(t) };
  const guild = generateSigningKey();
  const witnessArgs = () => [
    '--url',
    server.url,
    '--key',
    join(dir, 'guild.pem'),
    '--state',
    join(dir, 'state.json'),
  ];
  const verifyArgs = () => [
    '--key',
    join(server.dataDir, PUBLIC_KEY_FILE),
    '--witness-key',
    join(dir, 'guild.pub.pem'),
  ];
  let firstHead: number;
  let head: number;

  beforeAll(async () => {
    server = await startTestServer({ AUDIT_CHECKPOINT_EVERY: '0' });
    reviewer = await server.login('reviewer@frameledger.local');
    const admin = await server.login('admin@frameledger.local');
    file('guild.pem', guild.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    file('guild.pub.pem', publicKeyPem(guild.publicKey));
    const input = {
      name: 'Guild witness',
      organisation: 'Editors Guild',
      publicKey: publicKeyPem(guild.publicKey),
    };
    await server.gql(
      `mutation($i: RegisterWitnessInput!) { registerWitness(input: $i) { id } }`,
      { i: input },
      admin,
    );
    firstHead = (await server.gql(SIGN, {}, reviewer)).data!.signAuditCheckpoint.treeSize;
    await server.login('planner@frameledger.local');
    head = (await server.gql(SIGN, {}, reviewer)).data!.signAuditCheckpoint.treeSize;
    transcript.push(`$ npm run witness (before the attack)`);
    expect(await runWitness(witnessArgs(), io)).toBe(0);
  });
  afterAll(async () => {
    process.stdout.write(`\n--- audit attack transcript ---\n${transcript.join('\n')}\n--- end ---\n`);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('before: the export verifies OK with the pinned log key and the witness key', async () => {
    const { content } = (await server.gql(EXPORT, {}, reviewer)).data!.exportAudit;
    transcript.push('$ npm run audit:verify -- genuine.jsonl --key ... --witness-key guild.pub.pem');
    expect(runAuditVerify([file('genuine.jsonl', content), ...verifyArgs()], io)).toBe(0);
    expect(transcript.at(-1)).toMatch(
      /\nOK: \d+ events, \d+ checkpoints, 1 cosignatures, key \w+; cosigned by all 1 pinned witness keys$/,
    );
  });

  it('the app role itself cannot play the trick: permission denied', async () => {
    const error = await server.dataSource
      .transaction((m) => m.query(`SET LOCAL session_replication_role = replica`))
      .catch((e: Error & { code?: string }) => e);
    expect(error).toMatchObject({
      code: '42501',
      message: 'permission denied to set parameter "session_replication_role"',
    });
    transcript.push(`app role: SET LOCAL session_replication_role = replica -> ${(error as Error).message}`);
  });

  describe('after the superuser rewrites event 3, deletes the last 2 events and every checkpoint row', () => {
    beforeAll(async () => {
      await forgeHistory(server, { rewriteSeq: 3, deleteLast: 2, dropCheckpoints: true });
      transcript.push(
        `superuser: rewrote seq 3, deleted the last 2 events and all checkpoints (heads ${firstHead} and ${head} were signed)`,
      );
    });

    it('the server refuses to sign, naming the tree size where history diverged', async () => {
      const refused = await server.gql(SIGN, {}, reviewer);
      expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
      expect(refused.errors![0].message).toBe(
        `Nothing was signed: the audit log no longer extends the head this server signed at size ${firstHead} (it still extends size 0); history was rewritten in the database. Restore it from a backup; see docs/governance.md.`,
      );
      transcript.push(
        `signAuditCheckpoint -> ${refused.errors![0].extensions!.code}: ${refused.errors![0].message}`,
      );
      const exported = await server.gql(EXPORT, {}, reviewer);
      expect(exported.errors![0].extensions!.code).toBe('CONFLICT');
    });

    it('/readyz is degraded and names the tree size; the finding is kept for reviewers', async () => {
      const ready = (await (await fetch(`${server.url}/readyz`)).json()) as Record<string, any>;
      expect(ready).toMatchObject({
        status: 'degraded',
        auditContinuity: { treeSize: firstHead, consistentUpTo: 0 },
      });
      transcript.push(`GET /readyz -> ${JSON.stringify(ready)}`);
      const { auditContinuity } = (
        await server.gql(
          `{ auditContinuity { ok finding { treeSize } findings { treeSize message } } }`,
          {},
          reviewer,
        )
      ).data!;
      expect(auditContinuity).toMatchObject({ ok: false, finding: { treeSize: firstHead } });
      expect(auditContinuity.findings.at(-1).message).toMatch(
        new RegExp(`^Audit history diverged at or below tree size ${firstHead}`),
      );
    });

    it('the witness refuses to cosign and exits non-zero with the sizes', async () => {
      transcript.push('$ npm run witness (after the attack)');
      expect(await runWitness(witnessArgs(), io)).toBe(1);
      expect(transcript.at(-1)).toMatch(
        new RegExp(
          `^REFUSED to cosign: .* shows no signed head, though this witness cosigned the head of size ${head}: the log was cut back\\.$`,
        ),
      );
    });

    it('an export the key holder forges from the rewritten log fails audit:verify with the witness key, naming the tree size', async () => {
      const key = loadServerSigningKey({ dataDir: server.dataDir });
      const chain = await new AuditLogRepository(server.dataSource).range(1, Number.MAX_SAFE_INTEGER);
      const cosignatures = await new WitnessRepository(server.dataSource).cosignaturesUpTo(
        head,
        server.dataSource.manager,
      );
      const forge = (withCosignatures: boolean) =>
        buildAuditExport({
          chain,
          checkpoints: [createCheckpoint(chain, key)],
          key,
          cosignatures: withCosignatures ? cosignatures : [],
        });
      // Re-signed with the server's own key, the bare forgery passes a check of the key alone ...
      const bare = file('forged-bare.jsonl', forge(false));
      transcript.push(
        '$ npm run audit:verify -- forged-bare.jsonl --key ...   (then again with --witness-key)',
      );
      expect(runAuditVerify([bare, '--key', join(server.dataDir, PUBLIC_KEY_FILE)], io)).toBe(0);
      // ... but not the witness's: it has no cosignature, or one of a head the forgery does not extend.
      expect(runAuditVerify([bare, ...verifyArgs()], io)).toBe(1);
      expect(transcript.at(-1)).toBe(
        `FAILED at line 1: no cosignature by witness key ${guild.keyId} in this export, so the witness vouches for none of it`,
      );
      transcript.push(
        '$ npm run audit:verify -- forged-with-cosignatures.jsonl --key ... --witness-key guild.pub.pem',
      );
      expect(runAuditVerify([file('forged-with-cosignatures.jsonl', forge(true)), ...verifyArgs()], io)).toBe(
        1,
      );
      expect(transcript.at(-1)).toMatch(
        new RegExp(
          `^FAILED at line \\d+: cosignature of tree size ${head} by witness ${guild.keyId}: the log in this export does not extend the head of size ${head}`,
        ),
      );
    });
  });
});

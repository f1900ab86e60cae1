import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWitness } from '../../../cli/witness';
import { signWitnessLogin } from '../core/witness-statements';
import { forgeHistory } from '../../../../../test/support/audit-attack';
import { startTestServer, TestServer } from '../../../../../test/support/server';
import { loadWitnessKey } from './witness-client';

const REGISTER = `mutation($i: RegisterWitnessInput!) { registerWitness(input: $i) { id keyId } }`;
const WITNESSES = `{ auditWitnesses { name keyId refusing lastCosigned { treeSize } lastRefusal { treeSize fromSize reason } } }`;
const SIGN = `mutation { signAuditCheckpoint { treeSize rootHash } }`;

/**
 * The witness against a running server, as CI runs it: it cosigns three successive heads, then
 * refuses a history the operator forged (events rewritten with the replication-role trick, the
 * server's memory of what it signed wiped, and the forgery signed with the server's own key).
 */
describe('the witness (npm run witness) against a running server', () => {
  let server: TestServer;
  let admin: string;
  let reviewer: string;
  const dir = mkdtempSync(join(tmpdir(), 'fl-witness-'));
  const keyFile = join(dir, 'guild.pem');
  const stateFile = join(dir, 'state.json');
  const output: string[] = [];
  const witness = () =>
    runWitness(['--url', server.url, '--key', keyFile, '--state', stateFile], {
      out: (t) => output.push(t),
      err: (t) => output.push(t),
    });
  const state = () => JSON.parse(readFileSync(stateFile, 'utf8')) as { treeSize: number; rootHash: string };

  beforeAll(async () => {
    server = await startTestServer({ AUDIT_CHECKPOINT_EVERY: '0' });
    admin = await server.login('admin@frameledger.local');
    reviewer = await server.login('reviewer@frameledger.local');
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is registered by an admin from the public key --new-key prints, and the registration is audited', async () => {
    expect(
      await runWitness(['--new-key', keyFile], { out: (t) => output.push(t), err: (t) => output.push(t) }),
    ).toBe(0);
    const publicKey = output.at(-1)!.slice(output.at(-1)!.indexOf('-----BEGIN'));
    const input = { name: 'Guild witness', organisation: 'Motion Picture Editors Guild', publicKey };
    const planner = await server.login('planner@frameledger.local');
    expect((await server.gql(REGISTER, { i: input }, planner)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const blank = await server.gql(REGISTER, { i: { ...input, organisation: '   ' } }, admin);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisation' });
    const notAKey = await server.gql(REGISTER, { i: { ...input, publicKey: 'x'.repeat(60) } }, admin);
    expect(notAKey.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicKey' });
    const registered = (await server.gql(REGISTER, { i: input }, admin)).data!.registerWitness;
    const [event] = await server.dataSource.query(
      `SELECT payload FROM audit_event WHERE action = 'audit.witness.register' AND subject_id = $1`,
      [registered.id],
    );
    expect(event.payload).toMatchObject({
      keyId: registered.keyId,
      organisation: 'Motion Picture Editors Guild',
    });
  });

  it('cosigns three successive heads, each extending the last', async () => {
    const cosigned: number[] = [];
    for (let round = 0; round < 3; round++) {
      await server.login('executive@frameledger.local'); // one more event
      const head = (await server.gql(SIGN, {}, reviewer)).data!.signAuditCheckpoint;
      const code = await witness();
      if (code !== 0) throw new Error(output.join('\n'));
      expect(state()).toMatchObject({ treeSize: head.treeSize, rootHash: head.rootHash });
      cosigned.push(head.treeSize);
    }
    expect(new Set(cosigned).size).toBe(3);
    expect(output.at(-1)).toBe(
      `Cosigned the head of size ${cosigned[2]}: it extends the head of size ${cosigned[1]} cosigned before.`,
    );
    const [listed] = (await server.gql(WITNESSES, {}, reviewer)).data!.auditWitnesses;
    expect(listed).toMatchObject({ refusing: false, lastCosigned: { treeSize: cosigned[2] } });
  });

  it('may read heads and submit, nothing else', async () => {
    const token = await witnessToken();
    expect((await server.gql(`{ auditWitnesses { name } }`, {}, token)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await server.gql(`mutation { exportAudit { eventCount } }`, {}, token)).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    // Operations open to any signed-in user are open to the people who use FrameLedger, not to a witness.
    expect(
      (await server.gql(`{ productions(first: 1) { totalCount } }`, {}, token)).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    expect(
      (await server.gql(`{ auditCheckpoint { treeSize } }`, {}, token)).data!.auditCheckpoint.treeSize,
    ).toBe(state().treeSize);
  });

  it('refuses the forged history and exits non-zero naming both tree sizes', async () => {
    const cosigned = state().treeSize;
    await forgeHistory(server, { rewriteSeq: 3, dropCheckpoints: true, wipeServerMemory: true });
    const forged = (await server.gql(SIGN, {}, reviewer)).data!.signAuditCheckpoint;
    expect(forged.treeSize).toBeGreaterThan(cosigned);
    expect(await witness()).toBe(1);
    expect(output.at(-1)).toBe(
      `REFUSED to cosign: the head of size ${forged.treeSize} does not extend the head of size ${cosigned} this witness cosigned: the consistency proof fails, so the log was forked.`,
    );
    expect(state().treeSize).toBe(cosigned);
    const [listed] = (await server.gql(WITNESSES, {}, reviewer)).data!.auditWitnesses;
    expect(listed).toMatchObject({
      refusing: true,
      lastCosigned: { treeSize: cosigned },
      lastRefusal: { treeSize: forged.treeSize, fromSize: cosigned },
    });
  });

  /** A WITNESS token the way the witness signs in. */
  async function witnessToken(): Promise<string> {
    const key = loadWitnessKey(keyFile);
    const at = new Date().toISOString();
    const result = await server.gql(
      `mutation($k: String!, $a: String!, $s: String!) { witnessLogin(keyId: $k, at: $a, signature: $s) { token } }`,
      { k: key.keyId, a: at, s: signWitnessLogin({ witnessKeyId: key.keyId, at }, key) },
    );
    return result.data!.witnessLogin.token;
  }
});

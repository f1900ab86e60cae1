import { Client } from 'pg';
import { generateSigningKey } from '../../platform/audit/core/keys';
import { MerkleTree, verifyConsistency, verifyInclusion } from '../../platform/audit/core/merkle';
import { createCheckpoint, eventLeaves, verifyCheckpointSignature } from '../../platform/audit/core/signing';
import { publicKeyFromText } from '../../platform/audit/core/keys';
import { startTestServer, TestServer } from '../../../../test/support/server';

const CHECKPOINT = `treeSize rootHash at keyId signature publicKey`;
const hexes = (list: string[]) => list.map((h) => Buffer.from(h, 'hex'));

describe('audit checkpoints and proofs over GraphQL', () => {
  let server: TestServer;
  let reviewer: string;
  let planner: string;
  /** The head after the demo seed (whose events are written before the server signs anything). */
  let seeded: number;
  /** The first multiple of 5 the server's own appends reached. */
  let firstSigned: number;

  const head = async () =>
    (await server.dataSource.query(`SELECT max(seq)::int AS n FROM audit_event`))[0].n as number;
  const hashes = async (n: number) =>
    server.dataSource.query(`SELECT hash FROM audit_event WHERE seq <= $1 ORDER BY seq`, [n]);

  beforeAll(async () => {
    // A checkpoint every 5 events, so sign-ins alone make a few.
    server = await startTestServer({ AUDIT_CHECKPOINT_EVERY: '5' });
    seeded = await head();
    firstSigned = (Math.floor(seeded / 5) + 1) * 5;
    reviewer = await server.login('reviewer@frameledger.local');
    planner = await server.login('planner@frameledger.local');
    // Sign-ins append events: enough to pass one multiple of 5 and stop short of the next.
    while ((await head()) < firstSigned + 1) await server.login('admin@frameledger.local');
  });
  afterAll(() => server?.stop());

  it('signs a checkpoint in the same transaction as every 5th event', async () => {
    const sizes = await server.dataSource.query(
      `SELECT tree_size::int AS n FROM audit_checkpoint ORDER BY tree_size`,
    );
    expect(sizes.map((r: { n: number }) => r.n)).toEqual([firstSigned]);
    const latest = await server.gql(`{ auditCheckpoint { ${CHECKPOINT} } }`, {}, reviewer);
    const checkpoint = latest.data!.auditCheckpoint;
    expect(checkpoint.treeSize).toBe(firstSigned);
    expect(checkpoint.rootHash).toBe(
      new MerkleTree(eventLeaves(await hashes(firstSigned))).root().toString('hex'),
    );
    expect(verifyCheckpointSignature(checkpoint, publicKeyFromText(checkpoint.publicKey)!)).toBe(true);
  });

  it('signs the head on demand, and gives the same checkpoint while the head stays put', async () => {
    const sign = `mutation { signAuditCheckpoint { ${CHECKPOINT} } }`;
    const first = (await server.gql(sign, {}, reviewer)).data!.signAuditCheckpoint;
    expect(first.treeSize).toBe(await head());
    expect((await server.gql(sign, {}, reviewer)).data!.signAuditCheckpoint).toEqual(first);
    expect((await server.gql(sign, {}, planner)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('proves an event is in the signed log with an RFC 6962 audit path', async () => {
    const query = `query($s: Int!) { auditInclusionProof(seq: $s) { leafIndex treeSize path event { seq hash payloadJson action }
      checkpoint { ${CHECKPOINT} } } }`;
    const seq = seeded + 1; // the reviewer's sign-in
    const proof = (await server.gql(query, { s: seq }, reviewer)).data!.auditInclusionProof;
    expect(proof).toMatchObject({
      leafIndex: seq - 1,
      treeSize: firstSigned,
      event: { seq, action: 'auth.sign_in' },
    });
    const leaf = Buffer.from(proof.event.hash, 'hex');
    const root = Buffer.from(proof.checkpoint.rootHash, 'hex');
    expect(verifyInclusion(seq - 1, firstSigned, leaf, hexes(proof.path), root)).toBe(true);
    expect(verifyInclusion(seq - 1, firstSigned, Buffer.alloc(32), hexes(proof.path), root)).toBe(false);
    const missing = await server.gql(query, { s: 100000 }, reviewer);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('proves the first signed log is a prefix of the log now', async () => {
    const now = await head();
    const query = `query($f: Int!, $t: Int!) { auditConsistencyProof(from: $f, to: $t) { fromSize toSize fromRoot toRoot path
      fromCheckpoint { treeSize } toCheckpoint { treeSize } } }`;
    const proof = (await server.gql(query, { f: firstSigned, t: now }, reviewer)).data!.auditConsistencyProof;
    expect(proof).toMatchObject({
      fromSize: firstSigned,
      toSize: now,
      fromCheckpoint: { treeSize: firstSigned },
    });
    const [from, to] = [Buffer.from(proof.fromRoot, 'hex'), Buffer.from(proof.toRoot, 'hex')];
    expect(verifyConsistency(firstSigned, now, from, to, hexes(proof.path))).toBe(true);
    const reversed = await server.gql(query, { f: now, t: firstSigned }, reviewer);
    expect(reversed.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } });
    expect(reversed.errors![0].message).toMatch(/is after to/);
    expect((await server.gql(query, { f: 1, t: now + 50 }, reviewer)).errors![0].extensions!.field).toBe(
      'to',
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the checkpoint table: to the app role by privilege, to its owner by trigger', async () => {
    for (const sql of [
      `UPDATE audit_checkpoint SET root_hash = repeat('0', 64)`,
      `DELETE FROM audit_checkpoint`,
      `TRUNCATE audit_checkpoint`,
    ]) {
      await expect(server.dataSource.query(sql)).rejects.toThrow(
        /^permission denied for table audit_checkpoint$/,
      );
    }
    const owner = new Client({ connectionString: server.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE audit_checkpoint SET root_hash = repeat('0', 64)`)).rejects.toThrow(
        /append-only: UPDATE/,
      );
      await expect(owner.query(`DELETE FROM audit_checkpoint`)).rejects.toThrow(/append-only: DELETE/);
      await expect(owner.query(`TRUNCATE audit_checkpoint`)).rejects.toThrow(/append-only: TRUNCATE/);
    } finally {
      await owner.end();
    }
  });

  it('refuses to hand out or build on a checkpoint signed with another key, writing nothing', async () => {
    const size = await head();
    const forged = createCheckpoint(await hashes(size), generateSigningKey());
    await server.dataSource.query(
      `INSERT INTO audit_checkpoint (tree_size, root_hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tree_size) DO NOTHING`,
      [size + 1000, forged.rootHash, forged.at, forged.keyId, forged.signature],
    );
    const latest = await server.gql(`{ auditCheckpoint { treeSize } }`, {}, reviewer);
    expect(latest.errors![0].extensions!.code).toBe('CONFLICT');
    expect(latest.errors![0].message).toMatch(
      new RegExp(`size ${size + 1000} was signed with key ${forged.keyId}, but this server signs with key`),
    );
    const before = await head();
    const exported = await server.gql(`mutation { exportAudit { eventCount } }`, {}, reviewer);
    expect(exported.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await head()).toBe(before);
  });
});

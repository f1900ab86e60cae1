import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../../database/data-source';
import { createTestDatabase } from '../../../../../test/support/database';
import { verifyChain } from '../core/chain';
import { generateSigningKey } from '../core/keys';
import { MerkleTree } from '../core/merkle';
import { eventLeaves } from '../core/signing';
import { CheckpointsRepository } from './checkpoints.repository';
import { Continuity } from './continuity';
import { AuditLog } from './audit-log.service';
import { AuditLogRepository } from './audit-log.repository';
import type { AuditAction } from './audit-actions';

describe('the audit log table', () => {
  let db: DataSource;
  let log: AuditLog;
  beforeAll(async () => {
    db = createDataSource(await createTestDatabase(), 4);
    await db.initialize();
    log = new AuditLog(new AuditLogRepository(db));
  });
  afterAll(() => db?.destroy());

  const entry = (n: number) => ({
    actor: 'system',
    // Not in the catalogue on purpose: this test is about the chain, not about action names.
    action: 'test.event' as AuditAction,
    subjectType: 'test',
    subjectId: String(n),
    payload: { n, amountMinor: '123' },
  });

  it('chains concurrent appends without forks: seq 1..N, each prevHash the hash before', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => db.transaction((m) => log.append(m, entry(i)))));
    const events = await new AuditLogRepository(db).range(1, 100);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(verifyChain(events)).toBeNull();
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const before = (await new AuditLogRepository(db).range(1, 1000)).length;
    await expect(
      db.transaction(async (m) => {
        await log.append(m, entry(99));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await new AuditLogRepository(db).range(1, 1000)).length).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even for the table owner', async () => {
    await expect(db.query(`UPDATE audit_event SET actor = 'mallory' WHERE seq = 1`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(db.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(log.append(db.manager, entry(1))).rejects.toThrow(/open transaction/);
  });

  // Last: it rewrites history in this file's database.
  it('grows the continuity tree from the last one only while the rows it read are unchanged', async () => {
    const events = new AuditLogRepository(db);
    const dataDir = mkdtempSync(join(tmpdir(), 'fl-continuity-'));
    const continuity = new Continuity(events, new CheckpointsRepository(db), generateSigningKey(), dataDir);
    const head = async () => (await events.last(db.manager))!.seq;
    const readWhole = async () => new MerkleTree(eventLeaves(await events.hashes(await head()))).root();
    try {
      const first = await continuity.treeOf(db.manager, await head());
      for (const n of [1, 2, 3]) await db.transaction((m) => log.append(m, entry(100 + n)));
      const grown = await continuity.treeOf(db.manager, await head());
      expect(grown.size).toBe(first.size + 3);
      expect(grown.root()).toEqual(await readWhole());
      expect(grown.root(first.size)).toEqual(first.root());

      // Someone with the database's superuser rewrites event 2's hash behind the server's back.
      await db.transaction(async (m) => {
        await m.query('SET LOCAL session_replication_role = replica');
        await m.query(`UPDATE audit_event SET hash = repeat('f', 64) WHERE seq = 2`);
      });
      const reread = await continuity.treeOf(db.manager, await head());
      expect(reread.root()).toEqual(await readWhole());
      expect(reread.root(first.size)).not.toEqual(first.root());
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { nextEvent } from '../../api/src/platform/audit/core/chain';
import { AuditLogRepository } from '../../api/src/platform/audit/log/audit-log.repository';
import { CHECKPOINTS_FILE } from '../../api/src/platform/audit/log/checkpoints-file';
import type { TestServer } from './server';

export interface Forgery {
  /** The event whose actor becomes "mallory"; every later event is re-chained so the hash chain still links. */
  rewriteSeq: number;
  /** Events deleted from the end. */
  deleteLast?: number;
  /** Delete the signed checkpoints too. */
  dropCheckpoints?: boolean;
  /** Empty the checkpoints file in the server's data folder (an operator who controls the machine). */
  wipeServerMemory?: boolean;
}

/**
 * The attack the audit log must survive, played for real: as the database superuser, with the
 * append-only triggers switched off for one transaction (`SET LOCAL session_replication_role =
 * replica`), rewrite and delete events that a signed checkpoint already covers.
 */
export async function forgeHistory(server: TestServer, forgery: Forgery): Promise<void> {
  const events = await new AuditLogRepository(server.dataSource).range(1, Number.MAX_SAFE_INTEGER);
  const kept = events.slice(0, events.length - (forgery.deleteLast ?? 0));
  const su = new Client({ connectionString: server.ownerUrl });
  await su.connect();
  try {
    await su.query('BEGIN');
    await su.query('SET LOCAL session_replication_role = replica');
    let prev = kept[forgery.rewriteSeq - 2] ?? null;
    for (const event of kept.slice(forgery.rewriteSeq - 1)) {
      const forged = nextEvent(prev, {
        ...event,
        actor: event.seq === forgery.rewriteSeq ? 'mallory' : event.actor,
      });
      await su.query(`UPDATE audit_event SET actor = $2, prev_hash = $3, hash = $4 WHERE seq = $1`, [
        event.seq,
        forged.actor,
        forged.prevHash,
        forged.hash,
      ]);
      prev = forged;
    }
    await su.query('DELETE FROM audit_event WHERE seq > $1', [kept.length]);
    if (forgery.dropCheckpoints) await su.query('DELETE FROM audit_checkpoint');
    await su.query('COMMIT');
  } finally {
    await su.end();
  }
  if (forgery.wipeServerMemory) writeFileSync(join(server.dataDir, CHECKPOINTS_FILE), '');
}

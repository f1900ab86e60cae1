import { EntityManager } from 'typeorm';

/**
 * Serialises every change to time entries and period locks until the transaction ends, so the
 * 24-hours-a-person-day check and the closed-month check both see every committed entry (two
 * batches for one person-day cannot each pass on their own).
 */
export async function lockTimelogs(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('frameledger-timelogs'))`);
}

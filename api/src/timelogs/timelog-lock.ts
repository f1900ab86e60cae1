import { EntityManager } from 'typeorm';

const LEDGER = `hashtext('frameledger-timelogs')`;

/**
 * Serialises every change to time entries and period locks until the transaction ends, so the
 * 24-hours-a-person-day check and the closed-month check both see every committed entry (two
 * batches for one person-day cannot each pass on their own). For corrections, imports and
 * closing or reopening a month: changes rare enough to stop every writer.
 */
export async function lockTimelogs(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${LEDGER})`);
}

/**
 * New entries for these people: waits for other writes of the same people (the 24-hour check is
 * per person-day, names compared case-blind) and for the whole-ledger changes above, but not for
 * other people's new entries, so many people logging at once do not queue behind each other.
 * People are locked in hash order, so two batches sharing people cannot deadlock.
 */
export async function lockPeopleTimelogs(manager: EntityManager, people: readonly string[]): Promise<void> {
  // One statement: a writer holding only the shared lock never blocks another, so the order of
  // the shared lock and the people's locks cannot deadlock.
  await manager.query(
    `SELECT pg_advisory_xact_lock_shared(${LEDGER}),
       (SELECT count(pg_advisory_xact_lock(hashtext('frameledger-timelogs-person'), k))
        FROM (SELECT DISTINCT hashtext(lower(p)) AS k FROM unnest($1::text[]) AS p ORDER BY 1) people)`,
    [people],
  );
}

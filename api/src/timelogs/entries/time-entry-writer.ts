import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { checkEntry, EntryDraft, EntryProblem } from './entry-checks';
import { findingProblems } from './finding-problems';
import { InsertedSummary, TimeEntriesRepository } from './time-entries.repository';

export interface WriteOutcome {
  count: number;
  minutes: number;
  ids: string[];
  byProduction: InsertedSummary[];
}

/**
 * The one path time entries take into the database, for a single entry, a batch or a CSV
 * import: the whole batch is checked, and written only when nothing is wrong with any entry.
 * Call inside a transaction that holds lockTimelogs.
 */
@Injectable()
export class TimeEntryWriter {
  constructor(private readonly entries: TimeEntriesRepository) {}

  /** Every problem in the batch: per-entry checks first, then (when they pass) the database's. */
  async problems(drafts: readonly EntryDraft[], manager: EntityManager): Promise<EntryProblem[]> {
    const own = drafts.flatMap(checkEntry);
    if (own.length > 0) return own;
    return findingProblems(await this.entries.findProblems(drafts, manager), drafts);
  }

  async insert(
    drafts: readonly EntryDraft[],
    actorId: string,
    manager: EntityManager,
  ): Promise<WriteOutcome> {
    const byProduction = await this.entries.insert(drafts, actorId, manager);
    return {
      count: byProduction.reduce((n, p) => n + p.entries, 0),
      minutes: byProduction.reduce((n, p) => n + p.minutes, 0),
      ids: byProduction.flatMap((p) => p.ids),
      byProduction,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { checkEntry, EntryDraft, EntryProblem } from './entry-checks';
import { findingProblems } from './finding-problems';
import { ProductionShare, TimeEntriesRepository } from './time-entries.repository';

export interface CheckedBatch {
  problems: EntryProblem[];
  /** The batch's entries and minutes per production (empty when the entries' own checks fail). */
  byProduction: ProductionShare[];
}

export interface WriteOutcome {
  count: number;
  minutes: number;
  /** The new ids, when asked for. */
  ids: string[];
  byProduction: ProductionShare[];
}

/**
 * The one path time entries take into the database, for a single entry, a batch or a CSV
 * import: the whole batch is checked, and written only when nothing is wrong with any entry.
 * Call inside a transaction that holds lockTimelogs, or lockPeopleTimelogs for the batch's people.
 */
@Injectable()
export class TimeEntryWriter {
  constructor(private readonly entries: TimeEntriesRepository) {}

  /**
   * Every problem in the batch: per-entry checks first, then (when they pass) the database's.
   * `replacing`: stored entries the batch takes the place of, left out of the person-day totals.
   */
  async check(
    drafts: readonly EntryDraft[],
    manager: EntityManager,
    replacing: readonly string[] = [],
  ): Promise<CheckedBatch> {
    const own = drafts.flatMap(checkEntry);
    if (own.length > 0) return { problems: own, byProduction: [] };
    const { findings, byProduction } = await this.entries.check(drafts, manager, replacing);
    return { problems: findingProblems(findings, drafts), byProduction };
  }

  async insert(
    drafts: readonly EntryDraft[],
    checked: CheckedBatch,
    actorId: string,
    manager: EntityManager,
    returnIds = false,
  ): Promise<WriteOutcome> {
    const ids = await this.entries.insert(drafts, actorId, manager, returnIds);
    return {
      count: drafts.length,
      minutes: drafts.reduce((n, d) => n + d.minutes, 0),
      ids,
      byProduction: checked.byProduction,
    };
  }
}

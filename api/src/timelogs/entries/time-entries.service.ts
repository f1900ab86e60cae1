import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { lockPeopleTimelogs } from '../timelog-lock';
import { EntryDraft } from './entry-checks';
import { refusal } from './refusal';
import {
  LogTimeEntriesResult,
  MAX_ENTRIES_PER_CALL,
  TimeEntryFilterArgs,
  TimeEntryInput,
  TimeEntryRow,
} from './time-entry.types';
import { TimeEntriesRepository } from './time-entries.repository';
import { TimeEntryWriter, WriteOutcome } from './time-entry-writer';
import type { AuditAction } from '../../platform/audit/log/audit-actions';

export const toDraft = (input: TimeEntryInput): EntryDraft => ({ ...input, note: input.note ?? '' });

/** The audit payload of a batch: counts, not the entries (they carry their own creator and time). */
export const batchSummary = (outcome: WriteOutcome) => ({
  count: outcome.count,
  minutes: outcome.minutes,
  byProduction: outcome.byProduction.map((share) => ({ ...share })),
});

export const soleProduction = (outcome: WriteOutcome) =>
  outcome.byProduction.length === 1 ? outcome.byProduction[0].productionId : null;

@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly db: DataSource,
    private readonly entries: TimeEntriesRepository,
    private readonly writer: TimeEntryWriter,
    private readonly audit: AuditLog,
  ) {}

  async list(args: TimeEntryFilterArgs): Promise<Page<TimeEntryRow>> {
    const offset = offsetOf(args.after);
    const { rows, total } = await this.entries.list(args, offset, args.first);
    return toPage(rows, offset, args.first, total);
  }

  async logOne(input: TimeEntryInput, actorId: string): Promise<TimeEntryRow> {
    const outcome = await this.write([toDraft(input)], actorId, 'time_entry.create', () => ({
      field: 'input',
      label: 'The entry',
    }));
    const [row] = await this.entries.byIds(outcome.ids);
    return row;
  }

  async logMany(inputs: TimeEntryInput[], actorId: string): Promise<LogTimeEntriesResult> {
    if (inputs.length === 0) throw badInput('entries', 'Give at least one time entry.');
    if (inputs.length > MAX_ENTRIES_PER_CALL) {
      throw badInput(
        'entries',
        `${inputs.length} entries is more than ${MAX_ENTRIES_PER_CALL} in one call; split the batch.`,
      );
    }
    const outcome = await this.write(inputs.map(toDraft), actorId, 'time_entry.create_batch', (i) => ({
      field: `entries[${i}]`,
      label: `Entry ${i}`,
    }));
    return { count: outcome.count, minutes: outcome.minutes, hours: outcome.minutes / 60 };
  }

  private write(
    drafts: EntryDraft[],
    actorId: string,
    action: AuditAction,
    where: (index: number) => { field: string; label: string },
  ): Promise<WriteOutcome> {
    return this.db.transaction(async (manager) => {
      await lockPeopleTimelogs(
        manager,
        drafts.map((d) => d.person),
      );
      const checked = await this.writer.check(drafts, manager);
      if (checked.problems.length > 0) throw refusal(checked.problems, drafts.length, where);
      const single = drafts.length === 1;
      const outcome = await this.writer.insert(drafts, checked, actorId, manager, single);
      await this.audit.append(manager, {
        actor: actorId,
        action,
        subjectType: single ? 'time_entry' : 'production',
        subjectId: single ? outcome.ids[0] : outcome.byProduction.map((p) => p.productionId).join(','),
        productionId: soleProduction(outcome),
        payload: { before: null, after: single ? { ...drafts[0] } : batchSummary(outcome) },
      });
      return outcome;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '../../common/errors';
import { JsonValue } from '../../platform/audit/core/canonical-json';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { EntryDraft } from '../entries/entry-checks';
import { refusal } from '../entries/refusal';
import { TimeEntriesRepository } from '../entries/time-entries.repository';
import { TimeEntryWriter } from '../entries/time-entry-writer';
import { lockTimelogs } from '../timelog-lock';
import { TimeEntryChanges, TimeEntryCorrectionType } from './correction.types';
import { CorrectionsRepository, StoredEntry } from './corrections.repository';

const fields = (e: EntryDraft): EntryDraft => ({
  taskId: e.taskId,
  person: e.person,
  roleCode: e.roleCode,
  workDate: e.workDate,
  minutes: e.minutes,
  kind: e.kind,
  note: e.note,
});

const WHERE = () => ({ field: 'changes', label: 'The corrected entry' });

/**
 * updateTimeEntry and deleteTimeEntry. In an open month the entry changes in place; in a closed
 * month it stays as booked and a reversing entry (and the corrected entry) is posted in the first
 * open month, linked to it (docs/decisions/0016-time-entry-corrections.md). One audit event each;
 * a refused correction writes nothing.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly db: DataSource,
    private readonly corrections: CorrectionsRepository,
    private readonly entries: TimeEntriesRepository,
    private readonly writer: TimeEntryWriter,
    private readonly audit: AuditLog,
  ) {}

  update(id: string, changes: TimeEntryChanges, actorId: string): Promise<TimeEntryCorrectionType> {
    return this.correct(id, changes, actorId);
  }

  delete(id: string, actorId: string): Promise<TimeEntryCorrectionType> {
    return this.correct(id, null, actorId);
  }

  /**
   * deleteTimeEntries: several removals (an import taken back) as one: each entry by the rules
   * of deleteTimeEntry with its own audit event, and none of them if any one is refused.
   */
  deleteMany(ids: string[], actorId: string): Promise<TimeEntryCorrectionType[]> {
    return this.db.transaction(async (manager) => {
      await lockTimelogs(manager);
      const done: TimeEntryCorrectionType[] = [];
      for (const id of ids) done.push(await this.correctIn(manager, id, null, actorId));
      return done;
    });
  }

  private correct(
    id: string,
    changes: TimeEntryChanges | null,
    actorId: string,
  ): Promise<TimeEntryCorrectionType> {
    return this.db.transaction(async (manager) => {
      await lockTimelogs(manager);
      return this.correctIn(manager, id, changes, actorId);
    });
  }

  /** One correction inside a transaction that holds lockTimelogs. */
  private async correctIn(
    manager: EntityManager,
    id: string,
    changes: TimeEntryChanges | null,
    actorId: string,
  ): Promise<TimeEntryCorrectionType> {
    const stored = await this.corrections.find(id, manager);
    if (!stored) throw notFound('time entry', id);
    if (stored.reverses)
      throw conflict(
        'This entry reverses another in a closed month and stays as posted; correct the entry that replaced it, if any.',
      );
    if (stored.reversedBy)
      throw conflict(
        'This entry was reversed already (its month is closed); correct the entry that replaced it instead.',
      );
    const draft = changes && this.changed(stored, changes);
    if (stored.monthClosed) return this.reverse(stored, draft, actorId, manager);
    if (!draft) {
      await this.corrections.delete(id, manager);
      await this.record(manager, actorId, 'time_entry.delete', stored, null);
      return { reversed: false, entry: null, reversal: null };
    }
    await this.checked(draft, manager, [id]);
    await this.corrections.update(id, draft, actorId, manager);
    await this.record(manager, actorId, 'time_entry.update', stored, { ...fields(draft) });
    const [entry] = await this.entries.byIds([id], manager);
    return { reversed: false, entry, reversal: null };
  }

  /**
   * A closed month's entry: the reversing entry on the first day of the first open month, and the
   * corrected entry dated there too unless the change moves it to another date (which must be open).
   */
  private async reverse(
    stored: StoredEntry,
    draft: EntryDraft | null,
    actorId: string,
    manager: EntityManager,
  ): Promise<TimeEntryCorrectionType> {
    const day = await this.corrections.firstOpenDay(stored.productionId, stored.workDate, manager);
    const corrected = draft && {
      ...draft,
      workDate: draft.workDate === stored.workDate ? day : draft.workDate,
    };
    if (corrected) await this.checked(corrected, manager, []);
    const note = `Reverses the entry of ${stored.workDate} (${stored.workDate.slice(0, 7)} is closed).`;
    const reversalId = await this.corrections.reverse(stored.id, day, note, actorId, manager);
    const correctedIds = corrected
      ? await this.entries.insert([corrected], actorId, manager, true, stored.id)
      : [];
    await this.record(manager, actorId, 'time_entry.reverse', stored, {
      reversal: { id: reversalId, workDate: day, minutes: -stored.minutes },
      corrected: corrected ? { id: correctedIds[0], ...fields(corrected) } : null,
    });
    const rows = await this.entries.byIds([reversalId, ...correctedIds], manager);
    const byId = (x: string) => rows.find((r) => r.id === x) ?? null;
    return {
      reversed: true,
      reversal: byId(reversalId),
      entry: correctedIds[0] ? byId(correctedIds[0]) : null,
    };
  }

  private changed(stored: StoredEntry, changes: TimeEntryChanges): EntryDraft {
    const pick = <K extends keyof EntryDraft>(key: K): EntryDraft[K] =>
      (changes[key] ?? stored[key]) as EntryDraft[K];
    return {
      taskId: pick('taskId'),
      person: pick('person'),
      roleCode: pick('roleCode'),
      workDate: pick('workDate'),
      minutes: pick('minutes'),
      kind: pick('kind'),
      note: pick('note'),
    };
  }

  /** Refuses the entry, writing nothing, when it breaks any rule a new entry must keep. */
  private async checked(draft: EntryDraft, manager: EntityManager, replacing: string[]): Promise<void> {
    const { problems } = await this.writer.check([draft], manager, replacing);
    if (problems.length > 0) throw refusal(problems, 1, WHERE);
  }

  private record(
    manager: EntityManager,
    actorId: string,
    action: 'time_entry.update' | 'time_entry.delete' | 'time_entry.reverse',
    stored: StoredEntry,
    after: JsonValue,
  ) {
    return this.audit.append(manager, {
      actor: actorId,
      action,
      subjectType: 'time_entry',
      subjectId: stored.id,
      productionId: stored.productionId,
      payload: { before: { ...fields(stored) }, after },
    });
  }
}

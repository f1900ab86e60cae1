import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { importRefusal, toProblem } from '../../planning/breakdown/import-problem.type';
import { TaskTypeNamesRepository } from '../../planning/breakdown/task-type-names.repository';
import { ImportError, lineError } from '../../imports/parse-result';
import { parseTimeEntriesCsv, TimeEntryRow as CsvRow } from '../../imports/timesheet';
import { EntryDraft, EntryProblem } from '../entries/entry-checks';
import { batchSummary, soleProduction } from '../entries/time-entries.service';
import { CheckedBatch, TimeEntryWriter } from '../entries/time-entry-writer';
import { lockTimelogs } from '../timelog-lock';
import { TimeEntryKind } from '../time-entry-kind';
import { ImportTimeEntriesArgs, TimeEntriesImportType } from './time-entries-import.types';
import { TaskRefsRepository } from './task-refs.repository';

interface Resolved {
  drafts: EntryDraft[];
  /** The file line of each draft. */
  lines: number[];
  errors: ImportError[];
}

/** A resolved file after the batch checks, whose problems are among `errors`. */
type Checked = Resolved & { checked: CheckedBatch };

// Database problems carry the draft's field; a CSV user knows the column.
const COLUMN: Record<keyof EntryDraft, string> = {
  taskId: 'task',
  person: 'person',
  roleCode: 'role',
  workDate: 'date',
  minutes: 'minutes',
  kind: 'kind',
  note: 'note',
};

/**
 * importTimeEntries: rows of a time-log CSV (ours, ShotGrid's or Kitsu's) become time entries
 * through the same checks as logTimeEntries; a dry run reports them and every problem by line.
 */
@Injectable()
export class TimeEntriesImportService {
  constructor(
    private readonly db: DataSource,
    private readonly refs: TaskRefsRepository,
    private readonly taskTypes: TaskTypeNamesRepository,
    private readonly writer: TimeEntryWriter,
    private readonly audit: AuditLog,
  ) {}

  async import(args: ImportTimeEntriesArgs, actorId: string): Promise<TimeEntriesImportType> {
    if (args.dryRun) {
      const resolved = await this.check(args, this.db.manager);
      return this.result(args, resolved, null);
    }
    return this.db.transaction(async (manager) => {
      await lockTimelogs(manager);
      const resolved = await this.check(args, manager);
      if (resolved.errors.length > 0) throw importRefusal(resolved.errors, 'time log');
      const outcome = await this.writer.insert(resolved.drafts, resolved.checked, actorId, manager, true);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'time_entry.import',
        subjectType: 'production',
        subjectId: outcome.byProduction.map((p) => p.productionId).join(','),
        productionId: soleProduction(outcome),
        payload: { before: null, after: { format: args.format, ...batchSummary(outcome) } },
      });
      return this.result(args, resolved, outcome.ids);
    });
  }

  /** Parses, resolves references and runs the batch checks; every problem becomes a line error. */
  private async check(args: ImportTimeEntriesArgs, manager: EntityManager): Promise<Checked> {
    const parsed = parseTimeEntriesCsv(args.content, { taskTypes: await this.taskTypes.all(manager) });
    const resolved = await this.resolve(parsed.rows, args.productionId ?? null, manager);
    const checked = await this.writer.check(resolved.drafts, manager);
    const errors = [
      ...parsed.errors,
      ...resolved.errors,
      ...checked.problems.map((p) => this.located(p, resolved.lines)),
    ];
    return { ...resolved, checked, errors: errors.sort((a, b) => a.line - b.line) };
  }

  private located(problem: EntryProblem, lines: number[]): ImportError {
    return lineError(lines[problem.index], problem.message, COLUMN[problem.field]);
  }

  private async resolve(
    rows: CsvRow[],
    productionId: string | null,
    manager: EntityManager,
  ): Promise<Resolved> {
    const byRef = rows.flatMap((r) => (r.task.kind === 'shot' ? [r.task] : []));
    const matches = await this.refs.byShotAndType(byRef, productionId, manager);
    const idTasks = new Map(
      (
        await this.refs.tasksByIds(
          rows.flatMap((r) => (r.task.kind === 'id' ? [r.task.id] : [])),
          manager,
        )
      ).map((t) => [t.taskId, t.productionId]),
    );
    const errors: ImportError[] = [];
    const found: Array<{ row: CsvRow; taskId: string }> = [];
    for (const row of rows) {
      const ref = row.task;
      if (ref.kind === 'id') {
        const owner = idTasks.get(ref.id);
        if (owner && productionId && owner !== productionId) {
          errors.push(
            lineError(
              row.line,
              `task ${ref.id} belongs to another production than the one importing.`,
              'task',
            ),
          );
        } else found.push({ row, taskId: ref.id }); // an unknown id is reported by the batch checks
        continue;
      }
      const candidates = matches.filter((m) => m.shot === ref.shot && m.taskType === ref.taskType);
      if (candidates.length === 1) found.push({ row, taskId: candidates[0].taskId });
      else if (candidates.length === 0) {
        const where = productionId ? 'in this production' : 'in any production';
        errors.push(
          lineError(
            row.line,
            `no ${ref.taskType} task on shot ${ref.shot} ${where}; create the task first.`,
            'task',
          ),
        );
      } else {
        const codes = candidates.map((c) => c.productionCode).join(' and ');
        errors.push(
          lineError(
            row.line,
            `shot ${ref.shot} has a ${ref.taskType} task in ${codes}; pass productionId to say which.`,
            'task',
          ),
        );
      }
    }
    const defaults = await this.refs.defaultRoles(
      found.filter((f) => f.row.roleCode === null).map((f) => ({ person: f.row.person, taskId: f.taskId })),
      manager,
    );
    const roleFor = (person: string, taskId: string) =>
      defaults.find((d) => d.person === person && d.taskId === taskId)?.roleCode;
    const drafts = found.map(({ row, taskId }) => ({
      taskId,
      person: row.person,
      roleCode: row.roleCode ?? roleFor(row.person, taskId) ?? '',
      workDate: row.workDate,
      minutes: row.minutes,
      kind: row.kind as TimeEntryKind,
      note: row.note,
    }));
    return { drafts, lines: found.map((f) => f.row.line), errors };
  }

  /** `ids`: the entries written, once committed. */
  private result(
    args: ImportTimeEntriesArgs,
    resolved: Resolved,
    ids: string[] | null,
  ): TimeEntriesImportType {
    const minutes = resolved.drafts.reduce((n, d) => n + d.minutes, 0);
    return {
      format: args.format,
      dryRun: args.dryRun,
      committed: ids !== null,
      entries: resolved.drafts.map((d, i) => ({ ...d, line: resolved.lines[i] })),
      errors: resolved.errors.map(toProblem),
      count: resolved.drafts.length,
      hours: minutes / 60,
      entryIds: ids ?? [],
    };
  }
}

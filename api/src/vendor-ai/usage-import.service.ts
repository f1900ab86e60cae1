import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/errors';
import { lineError, ImportError } from '../imports/parse-result';
import { AuditLog } from '../platform/audit/log/audit-log.service';
import { importRefusal, toProblem } from '../planning/breakdown/import-problem.type';
import { TaskRefsRepository } from '../timelogs/timesheet-import/task-refs.repository';
import { parseUsageCsv, UsageRow } from './usage-csv';
import { VendorAiRepository } from './vendor-ai.repository';
import { AiUsageImportType, ImportAiUsageArgs, VendorUsageInput } from './vendor-ai.types';
import { VendorRunsService } from './vendor-runs.service';

/** Thrown inside the transaction to roll a dry run (or a file with problems) back. */
class RolledBack extends Error {
  constructor(readonly errors: ImportError[]) {
    super('rolled back');
  }
}

/**
 * importAiUsage: each line of a vendor's usage export goes through recordAiRun's own checks,
 * pricing and policy gate, in one transaction. A dry run (or a file with any problem) is rolled
 * back, so it reports exactly what a commit would refuse; a commit is all or nothing.
 */
@Injectable()
export class UsageImportService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: VendorAiRepository,
    private readonly refs: TaskRefsRepository,
    private readonly runs: VendorRunsService,
    private readonly audit: AuditLog,
  ) {}

  async import(args: ImportAiUsageArgs, actorId: string): Promise<AiUsageImportType> {
    const parsed = parseUsageCsv(args.content);
    let count = 0;
    try {
      return await this.db.transaction(async (manager) => {
        const { ids, errors } = await this.recordAll(
          parsed.rows,
          args.productionId ?? null,
          actorId,
          manager,
        );
        const all = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line);
        count = ids.length;
        if (all.length > 0 && !args.dryRun) throw importRefusal(all, 'usage file');
        if (args.dryRun || all.length > 0) throw new RolledBack(all);
        await this.audit.append(manager, {
          actor: actorId,
          action: 'ai_run.import',
          subjectType: 'ai_run',
          subjectId: ids.join(','),
          payload: {
            before: null,
            after: { format: args.format, runs: ids.length, lines: parsed.rows.map((r) => r.line) },
          },
        });
        return {
          dryRun: false,
          committed: true,
          count,
          errors: [],
          runs: await this.runs.view(ids, manager),
        };
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      return { dryRun: args.dryRun, committed: false, count, errors: error.errors.map(toProblem), runs: [] };
    }
  }

  /** Records each row behind a savepoint, so one refused line leaves the others to be checked. */
  private async recordAll(
    rows: UsageRow[],
    productionId: string | null,
    actorId: string,
    manager: EntityManager,
  ) {
    const tasks = await this.refs.byShotAndType(rows, productionId, manager);
    const tools = await this.repo.tools();
    const ids: string[] = [];
    const errors: ImportError[] = [];
    for (const row of rows) {
      const candidates = tasks.filter((t) => t.shot === row.shot && t.taskType === row.taskType);
      const tool = tools.find(
        (t) =>
          t.vendor.toLowerCase() === row.vendor.toLowerCase() &&
          t.name.toLowerCase() === row.tool.toLowerCase(),
      );
      if (candidates.length !== 1) {
        const why =
          candidates.length === 0
            ? `no ${row.taskType} task on shot ${row.shot}${productionId ? ' in this production' : ''}; create the task first.`
            : `shot ${row.shot} has a ${row.taskType} task in ${candidates.map((c) => c.productionCode).join(' and ')}; pass productionId to say which.`;
        errors.push(lineError(row.line, why, 'shot'));
        continue;
      }
      if (!tool) {
        errors.push(
          lineError(
            row.line,
            `${row.vendor} has no tool named ${row.tool} here; register it with registerVendorTool first.`,
            'tool',
          ),
        );
        continue;
      }
      await manager.query('SAVEPOINT usage_line');
      try {
        const usage = Object.assign(new VendorUsageInput(), { unit: row.unit, quantity: row.quantity });
        ids.push(
          await this.runs.recordIn(
            manager,
            {
              taskId: candidates[0].taskId,
              toolId: tool.id,
              modelName: row.model,
              modelVersion: row.modelVersion || undefined,
              startedAt: row.startedAt,
              finishedAt: row.finishedAt,
              usage,
              invoiceRef: row.invoiceRef,
              operator: row.operator,
              outputFileIds: [],
            },
            actorId,
            'line',
          ),
        );
        await manager.query('RELEASE SAVEPOINT usage_line');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT usage_line');
        const field =
          (error.extensions.ruleId as string | undefined) ?? (error.extensions.field as string | undefined);
        errors.push(lineError(row.line, error.message, field));
      }
    }
    return { ids, errors };
  }
}

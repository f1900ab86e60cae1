import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ConsentsService } from '../consents/consents.service';
import {
  ExceptionCountRow,
  ExceptionFilter,
  PolicyExceptionsRepository,
  ReviewStatus,
} from './policy-exceptions.repository';
import { PolicyService, recordExceptionChange, toExceptionType } from './policy.service';
import { PolicyExceptionType } from './policy.types';
import { RecordExceptionNoticeArgs } from './dto/exception-triage.inputs';

/**
 * The notices an exception can ask for. A worker notice covers the whole production, so it closes
 * every open missing-worker-notice exception there; a union notice names the synthetic performer's
 * task, so it closes that task's open exceptions only.
 */
const NOTICE_RULES = {
  GENERATIVE_WORKER_NOTICE: { kind: 'Worker', perTask: false },
  SYNTHETIC_PERFORMER_NOTICE: { kind: 'Union', perTask: true },
} as const;
const OPEN_LIMIT = 10_000;

/** What a reviewer does with the register in bulk: its counts, reviews of many, a notice that closes. */
@Injectable()
export class ExceptionTriageService {
  constructor(
    private readonly db: DataSource,
    private readonly exceptions: PolicyExceptionsRepository,
    private readonly policy: PolicyService,
    private readonly consents: ConsentsService,
    private readonly audit: AuditLog,
  ) {}

  counts(filter: ExceptionFilter): Promise<ExceptionCountRow[]> {
    return this.exceptions.counts(filter);
  }

  /**
   * One status and note applied to each exception, one audit event each, all in one transaction:
   * an unknown id refuses the whole review and nothing is written. The only change a REVIEWER makes.
   */
  async review(
    ids: string[],
    reviewStatus: ReviewStatus,
    note: string,
    actorId: string,
  ): Promise<PolicyExceptionType[]> {
    if (reviewStatus === 'UNREVIEWED' && note.trim() === '') {
      throw badInput(
        'reviewStatus',
        'A review needs a status or a note: choose Accepted or Queried, or write in the note what you found.',
        { fields: ['reviewStatus', 'note'] },
      );
    }
    return this.db.transaction(async (manager) => {
      const reviewed: PolicyExceptionType[] = [];
      // Locked in id order, so two overlapping bulk reviews cannot deadlock.
      for (const id of [...ids].sort()) {
        const before = await this.exceptions.findById(id, manager, true);
        if (!before) throw notFound('policy exception', id);
        await this.exceptions.review(id, reviewStatus, note.trim(), actorId, manager);
        const after = (await this.exceptions.findById(id, manager))!;
        await recordExceptionChange(this.audit, manager, 'policy.exception.review', actorId, before, after);
        reviewed.push(toExceptionType(after));
      }
      return ids.map((id) => reviewed.find((x) => x.id === id)!);
    });
  }

  /**
   * Records the notice an exception asks for (audited as any notice): a worker notice for a
   * GENERATIVE_WORKER_NOTICE exception, a union notice on the task for a SYNTHETIC_PERFORMER_NOTICE
   * one; then resolves the open exceptions of that rule the notice answers, each re-checked and audited.
   */
  async recordNotice(args: RecordExceptionNoticeArgs, actorId: string): Promise<PolicyExceptionType> {
    const row = await this.exceptions.findById(args.id);
    if (!row) throw notFound('policy exception', args.id);
    const rule = NOTICE_RULES[row.ruleId as keyof typeof NOTICE_RULES];
    if (!rule) {
      throw badInput(
        'id',
        'A notice answers only a missing worker notice or a synthetic performer without a union notice; review this exception, or fix its cause and resolve it.',
      );
    }
    if (row.status !== 'OPEN') {
      throw conflict(`This exception is ${row.status} already; only an OPEN exception asks for a notice.`);
    }
    const notice = {
      productionId: row.productionId,
      unionName: args.unionName,
      scope: args.scope,
      givenAt: args.givenAt,
    };
    if (rule.perTask) await this.consents.recordUnionNotice({ ...notice, taskId: row.taskId }, actorId);
    else await this.consents.recordWorkerNotice(notice, actorId);
    const reason = `${rule.kind} notice to ${args.unionName.trim()} recorded: ${args.scope.trim()}`;
    const open = await this.exceptions.list(
      {
        productionId: row.productionId,
        ruleId: row.ruleId,
        status: 'OPEN',
        ...(rule.perTask ? { taskId: row.taskId } : {}),
      },
      0,
      OPEN_LIMIT,
    );
    let closed: PolicyExceptionType | undefined;
    for (const other of open.rows) {
      const done = await this.policy.resolve(other.id, reason, actorId);
      if (done.id === row.id) closed = done;
    }
    return closed ?? toExceptionType((await this.exceptions.findById(row.id))!);
  }
}

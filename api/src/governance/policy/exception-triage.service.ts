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

/** Every open exception of a production's missing worker notice closes once one notice is on record. */
const NOTICE_RULE = 'GENERATIVE_WORKER_NOTICE';
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
   * Records the worker notice a GENERATIVE_WORKER_NOTICE exception asks for (audited as any notice),
   * then resolves the production's open exceptions of that rule, each re-checked and audited.
   */
  async recordNotice(args: RecordExceptionNoticeArgs, actorId: string): Promise<PolicyExceptionType> {
    const row = await this.exceptions.findById(args.id);
    if (!row) throw notFound('policy exception', args.id);
    if (row.ruleId !== NOTICE_RULE) {
      throw badInput(
        'id',
        'A worker notice answers only a missing worker notice; review this exception, or fix its cause and resolve it.',
      );
    }
    if (row.status !== 'OPEN') {
      throw conflict(`This exception is ${row.status} already; only an OPEN exception asks for a notice.`);
    }
    await this.consents.recordWorkerNotice(
      { productionId: row.productionId, unionName: args.unionName, scope: args.scope, givenAt: args.givenAt },
      actorId,
    );
    const reason = `Worker notice to ${args.unionName.trim()} recorded: ${args.scope.trim()}`;
    const open = await this.exceptions.list(
      { productionId: row.productionId, ruleId: NOTICE_RULE, status: 'OPEN' },
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

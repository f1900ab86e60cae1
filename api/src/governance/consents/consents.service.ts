import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { money } from '../../platform/graphql/money-format';
import { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { PolicyFactsRepository } from '../policy/policy-facts.repository';
import {
  ConsentRow,
  ConsentsRepository,
  NoticeKind,
  NoticeRow,
  ProductionsFilter,
} from './consents.repository';
import { ConsentType } from './consent.types';
import { RecordConsentInput, RecordNoticeInput } from './dto/consent.inputs';
import type { AuditAction } from '../../platform/audit/log/audit-actions';

export const toConsent = (row: ConsentRow): ConsentType =>
  ({ ...row, compensation: money(row.compensationMinor, row.compensationCurrency) }) as ConsentType;

const NOT_CONSENTABLE = ['NONE', 'SYNTHETIC_PERFORMER'];

/** Records consents and notices: each checked, stored and audited in one transaction. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: DataSource,
    private readonly repository: ConsentsRepository,
    private readonly facts: PolicyFactsRepository,
    private readonly files: StoredFilesRepository,
    private readonly audit: AuditLog,
  ) {}

  async consents(filter: ProductionsFilter): Promise<ConsentType[]> {
    return (await this.repository.consents(filter)).map(toConsent);
  }

  notices(kind: NoticeKind, filter: ProductionsFilter): Promise<NoticeRow[]> {
    return this.repository.notices(kind, filter);
  }

  async recordConsent(input: RecordConsentInput, actorId: string): Promise<ConsentType> {
    const performer = input.performerName.trim();
    if (!performer)
      throw badInput(
        'input.performerName',
        'Name the performer who gave the consent, as the task or shot names them.',
      );
    if (NOT_CONSENTABLE.includes(input.replicaKind)) {
      throw badInput(
        'input.replicaKind',
        `A consent covers a replica or alteration of a real performer, not ${input.replicaKind}; a synthetic performer needs a notice to the performers' union instead of a consent.`,
      );
    }
    if (input.compensationMinor < 0n)
      throw badInput('input.compensationMinor', 'Compensation cannot be negative.');
    const signedAt = pastTime(input.signedAt, 'input.signedAt', 'signed');
    const noticeGivenAt = pastTime(input.noticeGivenAt, 'input.noticeGivenAt', 'given notice');
    const terms = performerTerms(input);
    return this.db.transaction(async (manager) => {
      const production = await this.requireProduction(input.productionId, manager);
      const firstUse = await this.facts.firstLikenessUse(manager, input.productionId, performer);
      if (firstUse && noticeGivenAt > firstUse) {
        throw badInput(
          'input.noticeGivenAt',
          `The notice (${noticeGivenAt.toISOString()}) is after ${performer}'s likeness was first used on ${production.code} (${firstUse.toISOString()}); notice must come before use. Check the date on the notice.`,
        );
      }
      if (
        input.documentSha256 &&
        !(await this.files.findBySha256(input.documentSha256, 'CONSENT_DOCUMENT', manager))
      ) {
        throw badInput(
          'input.documentSha256',
          'No uploaded document has that sha256; upload the signed consent (POST /files/governance/consent-documents) and use the sha256 it returns.',
        );
      }
      const row = await this.repository.insertConsent(
        {
          productionId: input.productionId,
          performerName: performer,
          replicaKind: input.replicaKind,
          scope: input.scope.trim(),
          documentSha256: input.documentSha256 ?? null,
          signedAt: signedAt.toISOString(),
          noticeGivenAt: noticeGivenAt.toISOString(),
          compensationMinor: input.compensationMinor,
          compensationCurrency: input.compensationCurrency,
          estateConsent: input.estateConsent,
          ...terms,
        },
        actorId,
        manager,
      );
      await this.record(manager, actorId, 'consent.record', 'consent', row);
      return toConsent(row);
    });
  }

  async recordWorkerNotice(input: RecordNoticeInput, actorId: string): Promise<NoticeRow> {
    if (input.taskId)
      throw badInput('input.taskId', 'A worker notice covers the production; leave taskId out.');
    const givenAt = pastTime(input.givenAt, 'input.givenAt', 'given the notice');
    return this.db.transaction(async (manager) => {
      await this.requireProduction(input.productionId, manager);
      const row = await this.repository.insertNotice('worker', this.notice(input, givenAt), actorId, manager);
      await this.record(manager, actorId, 'worker_notice.record', 'worker_notice', row);
      return row;
    });
  }

  async recordUnionNotice(input: RecordNoticeInput, actorId: string): Promise<NoticeRow> {
    const givenAt = pastTime(input.givenAt, 'input.givenAt', 'given the notice');
    return this.db.transaction(async (manager) => {
      await this.requireProduction(input.productionId, manager);
      if (input.taskId) {
        const task = await this.repository.task(input.taskId, manager);
        if (!task) throw notFound('task', input.taskId);
        if (task.productionId !== input.productionId) {
          throw badInput(
            'input.taskId',
            'That task belongs to another production; give a task of this production.',
          );
        }
        if (task.likenessKind !== 'SYNTHETIC_PERFORMER') {
          throw badInput(
            'input.taskId',
            `That task's likeness is ${task.likenessKind}; a union notice is for a synthetic performer task.`,
          );
        }
      }
      const row = await this.repository.insertNotice('union', this.notice(input, givenAt), actorId, manager);
      await this.record(manager, actorId, 'union_notice.record', 'union_notice', row);
      return row;
    });
  }

  private notice(input: RecordNoticeInput, givenAt: Date) {
    return {
      productionId: input.productionId,
      taskId: input.taskId ?? null,
      unionName: input.unionName.trim(),
      scope: input.scope.trim(),
      givenAt: givenAt.toISOString(),
    };
  }

  private async record(
    manager: EntityManager,
    actorId: string,
    action: AuditAction,
    subjectType: string,
    row: ConsentRow | NoticeRow,
  ) {
    await this.audit.append(manager, {
      actor: actorId,
      action,
      subjectType,
      subjectId: row.id,
      productionId: row.productionId,
      payload: { before: null, after: { ...row } },
    });
  }

  private async requireProduction(productionId: string, manager: EntityManager) {
    const production = await this.repository.production(productionId, manager);
    if (!production) throw notFound('production', productionId);
    return production;
  }
}

/** The facts the reported SAG-AFTRA 2026 terms weigh (performer-terms-2026.ts), checked together. */
function performerTerms(input: RecordConsentInput) {
  const guardianName = input.guardianName?.trim() || null;
  if (guardianName && !input.performerMinor) {
    throw badInput(
      'input.guardianName',
      'A guardian consents for a minor; set performerMinor, or leave the guardian out.',
    );
  }
  if (input.trainingNoticeAt && !input.trainingLicensedAt) {
    throw badInput(
      'input.trainingNoticeAt',
      'A training notice tells the performer of a licence; give trainingLicensedAt, or leave the notice out.',
    );
  }
  const licensed = input.trainingLicensedAt
    ? pastTime(input.trainingLicensedAt, 'input.trainingLicensedAt', 'licensed for training')
    : null;
  const told = input.trainingNoticeAt
    ? pastTime(input.trainingNoticeAt, 'input.trainingNoticeAt', 'told of the training licence')
    : null;
  return {
    scanReason: input.scanReason?.trim() || null,
    performerMinor: input.performerMinor,
    guardianName,
    trainingLicensedAt: licensed?.toISOString() ?? null,
    trainingNoticeAt: told?.toISOString() ?? null,
  };
}

/** A time that has already happened: a record states what was done, not a plan. */
function pastTime(value: string, field: string, what: string): Date {
  const at = new Date(value);
  if (at.getTime() > Date.now()) {
    throw badInput(
      field,
      `${value} is in the future; record when the performer or union was actually ${what}.`,
    );
  }
  return at;
}

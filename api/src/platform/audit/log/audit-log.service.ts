import { Injectable, Optional } from '@nestjs/common';
import { AuditAction } from './audit-actions';
import { EntityManager } from 'typeorm';
import { JsonValue } from '../core/canonical-json';
import { AuditEvent, AuditEventFields, computeEventHash, eventHashTemplate } from '../core/chain';
import { AuditLogRepository } from './audit-log.repository';
import { Checkpointer } from './checkpointer';

export interface AuditEntry {
  /** User id, or 'system' for the worker and seeds. */
  actor: string;
  /** Dotted verb from the catalogue, e.g. 'production.create', 'inference.job.succeeded', 'auth.sign_in'. */
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  productionId?: string | null;
  /** Plain JSON: for changes `{ before, after }`; money as strings of minor units. */
  payload: JsonValue;
}

/**
 * The one way to write the audit log. Call it with the manager of the transaction that makes
 * the change, so the change and its event commit together or not at all.
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly events: AuditLogRepository,
    @Optional() private readonly checkpoints?: Checkpointer,
  ) {}

  async append(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditLog.append needs the manager of an open transaction (dataSource.transaction).');
    }
    const fields: AuditEventFields = {
      at: new Date().toISOString(),
      actor: entry.actor,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      productionId: entry.productionId ?? null,
      payload: entry.payload,
    };
    // The database assigns seq and prevHash and finishes the hash under the chain lock, which this
    // transaction holds until it ends; the hash is checked here against the one definition.
    const head = await this.events.appendAtHead(fields, eventHashTemplate(fields), manager);
    const event: AuditEvent = { ...fields, ...head };
    if (computeEventHash(event) !== event.hash) {
      throw new Error(
        `The database finished audit event ${event.seq} with hash ${event.hash}, not the one its content gives; is the database encoding UTF8?`,
      );
    }
    await this.checkpoints?.afterAppend(manager, event.seq);
    return event;
  }
}

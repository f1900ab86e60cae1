import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../../common/errors';
import { buildAuditExport, isUnfiltered, matchesFilter } from '../core/export-format';
import { SigningKey } from '../core/keys';
import { AuditLog } from '../log/audit-log.service';
import { AuditLogRepository } from '../log/audit-log.repository';
import { Checkpointer } from '../log/checkpointer';
import { AUDIT_SIGNING_KEY } from '../log/signing-key';
import { checkRange, ProductionRangeArgs } from '../../graphql/time-range';
import { WitnessRepository } from '../witness/witness.repository';
import { AuditExportType } from './audit-export.types';

/**
 * Builds the audit export. The export is itself an audit event, written first; then the head
 * (that event included) is signed, so the file covers its own export record, and the witnesses'
 * cosignatures of heads up to it are added. One transaction: a refused export (history below a
 * signed head rewritten, among others) leaves no event and no checkpoint behind.
 */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
    private readonly events: AuditLogRepository,
    private readonly checkpointer: Checkpointer,
    private readonly witnesses: WitnessRepository,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  /**
   * `only`: the productions of a reviewer scoped to some (decision 0037) when they name none; the
   * export then holds those productions' events only, each with its inclusion proof. One
   * production is exported as `productionId`, so the file includes its own export event.
   */
  async export(args: ProductionRangeArgs, actorId: string, only?: string[]): Promise<AuditExportType> {
    const single = args.productionId ?? (only?.length === 1 ? only[0] : null);
    const filter = {
      productionId: single,
      ...(only && !single ? { productionIds: [...only].sort() } : {}),
      from: args.from ? new Date(args.from).toISOString() : null,
      to: args.to ? new Date(args.to).toISOString() : null,
    };
    checkRange(filter);
    const file = await this.db.transaction(async (manager) => {
      if (filter.productionId) {
        const [production] = await manager.query(`SELECT 1 FROM production WHERE id = $1`, [
          filter.productionId,
        ]);
        if (!production) throw notFound('production', filter.productionId);
      }
      const checkpoints = await this.checkpointer.trusted(manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'audit.export',
        subjectType: 'audit_log',
        subjectId: 'export',
        productionId: filter.productionId,
        payload: { filter },
      });
      const head = (await this.checkpointer.signHead(manager))!;
      const signed = [...checkpoints.filter((c) => c.treeSize < head.treeSize), head];
      const chain = await this.events.range(1, head.treeSize, manager);
      const cosignatures = await this.witnesses.cosignaturesUpTo(head.treeSize, manager);
      const scope = isUnfiltered(filter) ? 'complete' : 'filtered';
      return {
        fileName: `frameledger-audit-${scope}-${head.treeSize}.jsonl`,
        scope,
        eventCount: chain.filter((event) => matchesFilter(event, filter)).length,
        checkpointCount: signed.length,
        keyId: this.key.keyId,
        content: buildAuditExport({ chain, checkpoints: signed, filter, key: this.key, cosignatures }),
      };
    });
    // The head signed for this export is committed: record it in the checkpoints file now.
    await this.checkpointer.continuity.check(this.db.manager);
    return file;
  }
}

import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, CurrentUser } from '../../auth/current-user';
import { Roles } from '../../auth/roles.decorator';
import { FiltersByMembership, visibleProductions } from '../../auth/production-scope';
import { AUDIT_READERS } from '../../../common/governance-roles';
import { ProductionRangeArgs } from '../../graphql/time-range';
import { AuditExportService } from './audit-export.service';

/** The reviewer's download: the same file as the exportAudit mutation, as an attachment. */
@Controller('files/audit')
export class AuditExportController {
  constructor(private readonly exports: AuditExportService) {}

  @Roles(...AUDIT_READERS)
  @FiltersByMembership()
  @Get('export.jsonl')
  @Header('Content-Type', 'application/x-ndjson; charset=utf-8')
  async download(
    @Query() args: ProductionRangeArgs,
    @CurrentUser() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.exports.export(args, actor.id, visibleProductions(actor, AUDIT_READERS));
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }
}

import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, visibleProductions } from '../../platform/auth/production-scope';
import { GOVERNANCE_READERS } from '../../common/governance-roles';
import { ReportName, ReportsCsvService } from './reports-csv.service';
import { AiUseFilterArgs } from './reports.types';

/** CSV downloads of the reviewer reports (each one audited). */
@Controller('files/governance')
export class ReportsController {
  constructor(private readonly csv: ReportsCsvService) {}

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Get('ai-use-ledger.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  aiUseLedger(
    @Query() filter: AiUseFilterArgs,
    @CurrentUser() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('ai-use-ledger', filter, actor, res);
  }

  @Roles(...GOVERNANCE_READERS)
  @Get('model-inventory.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  modelInventory(@CurrentUser() actor: Actor, @Res({ passthrough: true }) res: Response) {
    return this.send('model-inventory', {}, actor, res);
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Get('consent-register.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  consentRegister(
    @Query() filter: AiUseFilterArgs,
    @CurrentUser() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send('consent-register', { productionId: filter.productionId }, actor, res);
  }

  private async send(report: ReportName, filter: AiUseFilterArgs, actor: Actor, res: Response) {
    // A person scoped to productions gets their productions' rows (the guard checked a named one).
    const only = { ...filter, productionIds: visibleProductions(actor, GOVERNANCE_READERS) };
    const file = await this.csv.export(report, only, actor.id);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }
}

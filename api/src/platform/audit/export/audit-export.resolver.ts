import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../auth/current-user';
import { Roles } from '../../auth/roles.decorator';
import { FiltersByMembership, visibleProductions } from '../../auth/production-scope';
import { AUDIT_READERS } from '../../../common/governance-roles';
import { ProductionRangeArgs } from '../../graphql/time-range';
import { AuditExportService } from './audit-export.service';
import { AuditExportType } from './audit-export.types';

@Resolver()
export class AuditExportResolver {
  constructor(private readonly exports: AuditExportService) {}

  @Roles(...AUDIT_READERS)
  @FiltersByMembership()
  @Mutation(() => AuditExportType, {
    description:
      "Exports the audit log (all of it, or one production and/or a time range) for offline verification; the export is audited. A reviewer scoped to productions gets their productions' events only.",
  })
  exportAudit(@Args() args: ProductionRangeArgs, @CurrentUser() actor: Actor) {
    return this.exports.export(args, actor.id, visibleProductions(actor, AUDIT_READERS));
  }
}

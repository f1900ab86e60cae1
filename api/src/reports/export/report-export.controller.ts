import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { ArrayMinSize, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsCurrency, IsDay } from '../../common/input-rules';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, visibleProductions } from '../../platform/auth/production-scope';
import { Role } from '../../common/roles';
import { BidGrouping } from '../cost/cost-report.types';
import { LABOUR_READERS, LabourDimension, LabourImpactFilter } from '../labour/labour-impact.types';
import { ExportedFile, ExportFormat, ReportExportService } from './report-export.service';

/** A comma-separated query value ("2026-Q1,2026-Q2") as a list; one given twice also works. */
const list = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean);

export class FormatParam {
  @IsIn(['csv', 'xlsx'], { message: 'ask for .csv or .xlsx' })
  format!: ExportFormat;
}

export class ProductionQuery {
  @IsUUID('all', { message: 'give a production id this API gave out' })
  productionId!: string;
}

export class CostReportQuery extends ProductionQuery {
  @IsDay()
  asOf!: string;
}

export class BidVsActualQuery extends ProductionQuery {
  @IsOptional()
  @IsEnum(BidGrouping, { message: `group by one of ${Object.values(BidGrouping).join(', ')}` })
  groupBy?: BidGrouping;
}

export class LabourImpactQuery extends LabourImpactFilter {
  @Transform(list)
  declare quarters: string[];
  @Transform(list)
  declare productionIds?: string[];
  @Transform(list)
  declare roleCodes?: string[];
  @Transform(list)
  declare departments?: string[];
  @Transform(list)
  declare taskTypeCodes?: string[];

  @IsOptional()
  @Transform(list)
  @ArrayMinSize(1, { message: 'group by at least one of ROLE, DEPARTMENT, TASK_TYPE, QUARTER' })
  @IsEnum(LabourDimension, {
    each: true,
    message: `group by ${Object.values(LabourDimension).join(', ')}, separated by commas`,
  })
  groupBy?: LabourDimension[];

  @IsOptional()
  @IsCurrency()
  currency?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'give the month the fiscal year starts, 1 to 12' })
  @Min(1, { message: 'give the month the fiscal year starts, 1 to 12' })
  @Max(12, { message: 'give the month the fiscal year starts, 1 to 12' })
  fiscalYearStartMonth?: number;
}

const asFile = (file: ExportedFile) =>
  new StreamableFile(file.content, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
  });

/**
 * Spreadsheet downloads of the reports: GET /files/reports/cost-report.xlsx?productionId=…&asOf=…
 * and likewise .csv. Each route admits exactly the roles its GraphQL report admits.
 */
@Controller('files/reports')
export class ReportExportController {
  constructor(private readonly exports: ReportExportService) {}

  @Roles(Role.PLANNER, Role.ADMIN)
  @Get('cost-report.:format')
  async costReport(@Param() p: FormatParam, @Query() q: CostReportQuery, @CurrentUser() actor: Actor) {
    return asFile(await this.exports.costReport(q.productionId, q.asOf, p.format, actor.id));
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Get('bid-vs-actual.:format')
  async bidVsActual(@Param() p: FormatParam, @Query() q: BidVsActualQuery, @CurrentUser() actor: Actor) {
    const groupBy = q.groupBy ?? BidGrouping.TASK_TYPE;
    return asFile(await this.exports.bidVsActual(q.productionId, groupBy, p.format, actor.id));
  }

  @Roles(Role.PLANNER, Role.ADMIN)
  @Get('breakdown.:format')
  async breakdown(@Param() p: FormatParam, @Query() q: ProductionQuery, @CurrentUser() actor: Actor) {
    return asFile(await this.exports.breakdown(q.productionId, p.format, actor.id));
  }

  @Roles(...LABOUR_READERS)
  @FiltersByMembership()
  @Get('labour-impact.:format')
  async labourImpact(@Param() p: FormatParam, @Query() q: LabourImpactQuery, @CurrentUser() actor: Actor) {
    const { groupBy, currency, fiscalYearStartMonth, ...filter } = q;
    return asFile(
      await this.exports.labourImpact(
        { ...filter, productionIds: filter.productionIds ?? visibleProductions(actor, LABOUR_READERS) },
        groupBy ?? [LabourDimension.ROLE],
        currency,
        fiscalYearStartMonth ?? 1,
        p.format,
        actor.id,
      ),
    );
  }
}

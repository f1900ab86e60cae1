import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsService } from '../../productions/productions.service';
import { BidVsActualService } from '../cost/bid-vs-actual.service';
import { CostReportService } from '../cost/cost-report.service';
import { BidGrouping } from '../cost/cost-report.types';
import { LabourImpactService } from '../labour/labour-impact.service';
import { LabourDimension, LabourImpactFilter } from '../labour/labour-impact.types';
import { toReportCsv } from './csv';
import { ReportTable } from './report-table';
import { bidVsActualTable, breakdownTable, costReportTable, labourImpactTable } from './report-tables';
import { toXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportedReport = 'cost-report' | 'bid-vs-actual' | 'breakdown' | 'labour-impact';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The planners' and accountants' reports as CSV or XLSX, built from the same services as the
 * GraphQL reports (so a download and the page agree to the minor unit), each download audited.
 */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly db: DataSource,
    private readonly productions: ProductionsService,
    private readonly costs: CostReportService,
    private readonly bids: BidVsActualService,
    private readonly labour: LabourImpactService,
    private readonly audit: AuditLog,
  ) {}

  async costReport(productionId: string, asOf: string, format: ExportFormat, actorId: string) {
    const [report, production] = await Promise.all([
      this.costs.costReport(productionId, asOf),
      this.productions.get(productionId),
    ]);
    return this.send(costReportTable(report, production), format, actorId, {
      report: 'cost-report',
      productionId,
      subject: `cost-report:${productionId}:${asOf}`,
    });
  }

  async bidVsActual(productionId: string, groupBy: BidGrouping, format: ExportFormat, actorId: string) {
    const [report, production] = await Promise.all([
      this.bids.bidVsActual(productionId, groupBy),
      this.productions.get(productionId),
    ]);
    return this.send(bidVsActualTable(report, production, new Date()), format, actorId, {
      report: 'bid-vs-actual',
      productionId,
      subject: `bid-vs-actual:${productionId}:${groupBy}`,
    });
  }

  async breakdown(productionId: string, format: ExportFormat, actorId: string) {
    const [breakdown, production] = await Promise.all([
      this.bids.breakdown(productionId),
      this.productions.get(productionId),
    ]);
    return this.send(breakdownTable(breakdown, production, new Date()), format, actorId, {
      report: 'breakdown',
      productionId,
      subject: `breakdown:${productionId}`,
    });
  }

  async labourImpact(
    filter: LabourImpactFilter,
    groupBy: LabourDimension[],
    currency: string | undefined,
    fyStartMonth: number,
    format: ExportFormat,
    actorId: string,
  ) {
    const report = await this.labour.labourImpact(filter, groupBy, currency, fyStartMonth);
    const productions = await Promise.all((filter.productionIds ?? []).map((id) => this.productions.get(id)));
    return this.send(labourImpactTable(report, productions), format, actorId, {
      report: 'labour-impact',
      productionId: filter.productionIds?.length === 1 ? filter.productionIds[0] : null,
      subject: `labour-impact:${report.quarters.join(',')}:${report.currency}`,
    });
  }

  private async send(
    table: ReportTable,
    format: ExportFormat,
    actorId: string,
    what: { report: ExportedReport; productionId: string | null; subject: string },
  ): Promise<ExportedFile> {
    const content =
      format === 'xlsx' ? await toXlsx(table, new Date()) : Buffer.from(toReportCsv(table), 'utf8');
    const fileName = `${table.fileStem}.${format}`;
    // The file is made first: a report that cannot be built writes no audit event.
    await this.db.transaction((manager) =>
      this.audit.append(manager, {
        actor: actorId,
        action: 'report.export',
        subjectType: 'report',
        subjectId: what.subject,
        productionId: what.productionId,
        payload: {
          before: null,
          after: {
            report: what.report,
            format,
            fileName,
            bytes: content.length,
            sha256: createHash('sha256').update(content).digest('hex'),
            rows: table.rows.length,
          },
        },
      }),
    );
    return { fileName, contentType: CONTENT_TYPES[format], content };
  }
}

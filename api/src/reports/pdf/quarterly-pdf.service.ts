import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { trailingQuarters } from '../portfolio-ledger/quarters';
import { QuarterlySummaryService } from '../quarterly/quarterly-summary.service';
import { quarterlyPdf, TrendQuarter } from './quarterly-pdf';

const TREND_QUARTERS = 4;

/** The quarterly summary as a PDF, each export recorded in the audit log. */
@Injectable()
export class QuarterlyPdfService {
  constructor(
    private readonly db: DataSource,
    private readonly summaries: QuarterlySummaryService,
    private readonly audit: AuditLog,
  ) {}

  async export(
    quarter: string,
    currency: string,
    fyStartMonth: number,
    actorId: string,
    productionIds?: readonly string[],
  ): Promise<{ fileName: string; content: Buffer }> {
    const summary = await this.summaries.summary(quarter, currency, fyStartMonth, productionIds);
    const trend: TrendQuarter[] = [];
    for (const q of trailingQuarters(quarter, TREND_QUARTERS)) {
      if (q === quarter) {
        trend.push({ quarter: q, summary });
        continue;
      }
      try {
        trend.push({
          quarter: q,
          summary: await this.summaries.summary(q, currency, fyStartMonth, productionIds),
        });
      } catch (error) {
        // An earlier quarter without its FX rates leaves a gap in the chart, named under it.
        if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
        trend.push({ quarter: q, missing: error.message });
      }
    }
    const content = await quarterlyPdf(summary, trend, new Date());
    const codes = summary.productionCodes;
    const fileName = `frameledger-quarterly-${quarter}-${currency}${codes ? `-${codes.join('-')}` : ''}.pdf`;
    await this.db.transaction((manager) =>
      this.audit.append(manager, {
        actor: actorId,
        action: 'report.export',
        subjectType: 'report',
        subjectId: `quarterly:${quarter}:${currency}`,
        productionId: null,
        payload: {
          before: null,
          after: {
            report: 'quarterlySummary',
            quarter,
            currency,
            fiscalYearStartMonth: fyStartMonth,
            productionIds: summary.productionIds,
            fileName,
            bytes: content.length,
            sha256: createHash('sha256').update(content).digest('hex'),
            totalSpendMinor: summary.totalSpend.amountMinor.toString(),
            savingsMinor: summary.savings.value.amountMinor.toString(),
          },
        },
      }),
    );
    return { fileName, content };
  }
}

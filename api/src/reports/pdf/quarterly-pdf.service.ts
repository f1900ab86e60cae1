import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { trailingQuarters } from '../portfolio-ledger/quarters';
import { QuarterlySummaryService } from '../quarterly/quarterly-summary.service';
import { PricingRepository } from '../pricing/pricing.repository';
import { ProductionQuarter, quarterlyPdf, TrendQuarter } from './quarterly-pdf';

const TREND_QUARTERS = 4;

/** The quarterly summary as a PDF, each export recorded in the audit log. */
@Injectable()
export class QuarterlyPdfService {
  constructor(
    private readonly db: DataSource,
    private readonly summaries: QuarterlySummaryService,
    private readonly pricing: PricingRepository,
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
    const quarters = trailingQuarters(quarter, TREND_QUARTERS);
    const trend: TrendQuarter[] = [];
    for (const q of quarters) {
      if (q === quarter) trend.push({ quarter: q, summary });
      else trend.push(await this.earlier(q, currency, fyStartMonth, productionIds));
    }
    const previousQuarter = quarters[quarters.length - 2];
    const productions: ProductionQuarter[] = [];
    for (const p of await this.pricing.productions(productionIds)) {
      productions.push({
        code: p.code,
        current: await this.summaries.summary(quarter, currency, fyStartMonth, [p.id]),
        previous: (await this.earlier(previousQuarter, currency, fyStartMonth, [p.id])).summary,
      });
    }
    const roleNames = new Map((await this.pricing.roles()).map((r) => [r.code, r.name]));
    const content = await quarterlyPdf(
      summary,
      trend,
      new Date(),
      { role: (code) => roleNames.get(code) ?? code },
      productions,
    );
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

  /** An earlier quarter's summary, or why there is none: a missing FX rate leaves a named gap. */
  private async earlier(
    quarter: string,
    currency: string,
    fyStartMonth: number,
    productionIds?: readonly string[],
  ): Promise<TrendQuarter> {
    try {
      return {
        quarter,
        summary: await this.summaries.summary(quarter, currency, fyStartMonth, productionIds),
      };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      return { quarter, missing: error.message };
    }
  }
}

import { Injectable } from '@nestjs/common';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { money } from '../../platform/graphql/money-format';
import { ConsentsRepository } from '../consents/consents.repository';
import { toConsent } from '../consents/consents.service';
import { CONSENT_LIKENESS_KINDS, consentStanding } from '../policy/policy-rules';
import { checkRange } from '../../platform/graphql/time-range';
import { AiUseFilter, AiUseRow, ReportsRepository } from './reports.repository';
import type { ProductionsFilter } from '../consents/consents.repository';
import { AiUseType, ConsentRegisterEntryType, ModelInventoryEntryType } from './reports.types';

const date = (iso: string) => new Date(iso);

/** The reviewer reports: every AI use, every model, every consent, each with its working. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly consents: ConsentsRepository,
  ) {}

  async aiUseLedger(filter: AiUseFilter, first: number, after?: string): Promise<Page<AiUseType>> {
    checkRange(filter);
    const offset = offsetOf(after);
    const { rows, total } = await this.reports.aiUses(filter, offset, first);
    return toPage(rows.map(toAiUse), offset, first, total);
  }

  /** Every row, for the CSV export: a record in time order, oldest first, whatever order the page shows. */
  async allAiUses(filter: AiUseFilter): Promise<AiUseType[]> {
    checkRange(filter);
    return (await this.reports.aiUses({ ...filter, order: 'OLDEST_FIRST' }, 0, null)).rows.map(toAiUse);
  }

  async modelInventory(): Promise<ModelInventoryEntryType[]> {
    return (await this.reports.modelInventory()).map((row) => ({
      ...row,
      sizeBytes: Number(row.sizeBytes),
      frames: Number(row.frames),
    }));
  }

  async consentRegister(filter: ProductionsFilter): Promise<ConsentRegisterEntryType[]> {
    const [rows, extras] = await Promise.all([
      this.consents.consents(filter),
      this.reports.consentExtras(filter),
    ]);
    const byId = new Map(extras.map((e) => [e.consentId, e]));
    return rows.map((row) => {
      const extra = byId.get(row.id)!;
      const firstUse = extra.firstLikenessUseAt;
      const standing = firstUse
        ? consentStanding(
            [{ id: row.id, signedAt: date(row.signedAt), noticeGivenAt: date(row.noticeGivenAt) }],
            date(firstUse),
          )
        : null;
      return {
        ...toConsent(row),
        firstLikenessUseAt: firstUse,
        noticeHoursBeforeFirstUse: standing?.noticeHours ?? null,
        standing: standing?.standing ?? 'UNUSED',
        tasks: extra.tasks,
        openExceptions: extra.openExceptions,
      } as ConsentRegisterEntryType;
    });
  }
}

function toAiUse(row: AiUseRow): AiUseType {
  const { consents, computeCostMinor, currency, wallMs, ...rest } = row;
  const needsConsent = CONSENT_LIKENESS_KINDS.includes(row.likenessKind) && row.firstLikenessUseAt !== null;
  const standing = needsConsent
    ? consentStanding(
        consents.map((c) => ({ id: c.id, signedAt: date(c.signedAt), noticeGivenAt: date(c.noticeGivenAt) })),
        date(row.firstLikenessUseAt!),
      )
    : null;
  return {
    ...rest,
    wallMs: Number(wallMs),
    computeCost: money(computeCostMinor, currency),
    consentStanding: standing?.standing ?? 'NOT_NEEDED',
    consentId: standing?.best?.id ?? null,
    noticeHoursBeforeFirstUse: standing?.noticeHours ?? null,
  } as AiUseType;
}

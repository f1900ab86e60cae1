import { Injectable } from '@nestjs/common';
import { fte, makeRatio, Ratio, ratioToNumber, sumMoney, sumQuantities } from '@frameledger/analytics';
import { badInput, notFound } from '../../common/errors';
import { money } from '../../platform/graphql/money-format';
import { checkCurrency } from '../../rates/currency';
import { asUserErrors } from '../analytics-errors';
import { LedgerFilter, LedgerRepository } from '../portfolio-ledger/ledger.repository';
import { spanOf } from '../portfolio-ledger/quarters';
import { Pricing, PricingService } from '../pricing/pricing';
import { LabourContribution, labourContributions } from './labour-contributions';
import {
  LabourDimension,
  LabourFiguresType,
  LabourImpactFilter,
  LabourImpactRowType,
  LabourImpactType,
} from './labour-impact.types';

const FTE_NOTE = (quarters: number) =>
  `FTE = hours / (the production rate card's FTE hours a year x ${quarters}/4); figures are priced per production, role, task type and quarter and converted at that quarter's rate.`;

/** FTE of some hours: summed exactly per FTE year (rate cards may differ), divided once per year. */
function fteOf(
  group: readonly LabourContribution[],
  hours: (c: LabourContribution) => Ratio,
  quarters: number,
): number {
  const byYear = new Map<string, { year: Ratio; hours: Ratio[] }>();
  for (const c of group) {
    const key = `${c.fteHoursPerYear.num}/${c.fteHoursPerYear.den}`;
    const slot = byYear.get(key) ?? { year: c.fteHoursPerYear, hours: [] };
    slot.hours.push(hours(c));
    byYear.set(key, slot);
  }
  return [...byYear.values()].reduce((sum, y) => sum + fte(sumQuantities(y.hours), y.year, quarters), 0);
}

/** Displaced and created hours from the contributions of one group. */
export function labourFigures(
  group: readonly LabourContribution[],
  currency: string,
  quarters: number,
): LabourFiguresType {
  const displaced = sumQuantities(group.map((c) => c.displacedHours));
  const created = sumQuantities(group.map((c) => c.createdHours));
  const displacedFte = fteOf(group, (c) => c.displacedHours, quarters);
  const createdFte = fteOf(group, (c) => c.createdHours, quarters);
  const wages = sumMoney(
    group.map((c) => c.wagesDisplaced),
    currency,
  );
  return {
    displacedHours: ratioToNumber(displaced),
    createdHours: ratioToNumber(created),
    netHours: ratioToNumber(sumQuantities([created, makeRatio(-displaced.num, displaced.den)])),
    displacedFte,
    createdFte,
    netFte: createdFte - displacedFte,
    wagesDisplaced: money(wages.amountMinor, currency),
    finishedAiTasks: group.reduce((n, c) => n + c.finishedTasks, 0),
    working: { note: FTE_NOTE(quarters), allLines: group.flatMap((c) => c.lines) },
  };
}

const dimensionField = {
  [LabourDimension.ROLE]: 'role',
  [LabourDimension.DEPARTMENT]: 'department',
  [LabourDimension.TASK_TYPE]: 'taskType',
  [LabourDimension.QUARTER]: 'quarter',
} as const;

/** The group key of a contribution under each requested dimension. */
function keyOf(
  c: LabourContribution,
  groupBy: readonly LabourDimension[],
  pricing: Pricing,
): Partial<LabourImpactRowType> {
  const role = pricing.role(c.roleId);
  const key: Partial<LabourImpactRowType> = {};
  for (const d of groupBy) {
    if (d === LabourDimension.ROLE) key.role = role.code;
    if (d === LabourDimension.DEPARTMENT) key.department = role.department;
    if (d === LabourDimension.TASK_TYPE) key.taskType = c.taskTypeCode;
    if (d === LabourDimension.QUARTER) key.quarter = c.quarter;
  }
  return key;
}

/** Contributions grouped by the requested dimensions, in key order. */
export function labourRows(
  contributions: readonly LabourContribution[],
  groupBy: readonly LabourDimension[],
  pricing: Pricing,
  currency: string,
  quartersPerRow: number,
): LabourImpactRowType[] {
  const groups = new Map<string, { key: Partial<LabourImpactRowType>; members: LabourContribution[] }>();
  for (const c of contributions) {
    const key = keyOf(c, groupBy, pricing);
    const id = JSON.stringify(groupBy.map((d) => key[dimensionField[d]]));
    const group = groups.get(id) ?? { key, members: [] };
    group.members.push(c);
    groups.set(id, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({ ...g.key, ...labourFigures(g.members, currency, quartersPerRow) }));
}

@Injectable()
export class LabourImpactService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly pricing: PricingService,
  ) {}

  labourImpact(
    filter: LabourImpactFilter,
    groupBy: LabourDimension[],
    currency: string | undefined,
    fyStartMonth: number,
  ): Promise<LabourImpactType> {
    return asUserErrors(async () => {
      const quarters = [...new Set(filter.quarters)];
      const period = spanOf(quarters, fyStartMonth);
      const pricing = await this.pricing.forProductions(filter.productionIds);
      for (const id of filter.productionIds ?? [])
        if (!pricing.productions.has(id)) throw notFound('production', id);
      const ledgerFilter = this.ledgerFilter(filter, pricing);
      if (currency) checkCurrency('currency', currency);
      const reportCurrency = currency ?? this.commonCurrency(pricing);
      const days = pricing.ledgerBidDays();
      await this.ledger.registerBidDays(days);
      const [finished, created, fx] = await Promise.all([
        this.ledger.finished(period, fyStartMonth, days, ledgerFilter),
        this.ledger.created(period, fyStartMonth, ledgerFilter),
        this.pricing.fxTable(reportCurrency, quarters),
      ]);
      const contributions = labourContributions(
        finished,
        created,
        new Set(quarters),
        fyStartMonth,
        pricing,
        fx,
      );
      const rowQuarters = groupBy.includes(LabourDimension.QUARTER) ? 1 : quarters.length;
      return {
        currency: reportCurrency,
        quarters,
        fiscalYearStartMonth: fyStartMonth,
        groupBy,
        rows: labourRows(contributions, groupBy, pricing, reportCurrency, rowQuarters),
        totals: labourFigures(contributions, reportCurrency, quarters.length),
      };
    });
  }

  private ledgerFilter(filter: LabourImpactFilter, pricing: Pricing): LedgerFilter {
    const roles = [...pricing.roles.values()];
    for (const [i, code] of (filter.roleCodes ?? []).entries()) {
      if (!roles.some((r) => r.code === code)) {
        throw badInput(
          `filter.roleCodes[${i}]`,
          `No labour role has the code ${code}; use a code from the labour roles list.`,
        );
      }
    }
    const picked = roles.filter(
      (r) =>
        (!filter.roleCodes || filter.roleCodes.includes(r.code)) &&
        (!filter.departments || filter.departments.includes(r.department)),
    );
    return {
      productionIds: filter.productionIds,
      roleIds: filter.roleCodes || filter.departments ? picked.map((r) => r.id) : undefined,
      taskTypeCodes: filter.taskTypeCodes,
    };
  }

  /** The reporting currency the productions share; a mixed set must name one. */
  private commonCurrency(pricing: Pricing): string {
    const currencies = [...new Set([...pricing.productions.values()].map((p) => p.reportingCurrency))];
    if (currencies.length === 1) return currencies[0];
    throw badInput(
      'currency',
      `These productions report in ${currencies.join(', ') || 'no currency yet'}; give the currency to report in, such as USD.`,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { RateCard, rateCardInEffect } from '@frameledger/analytics';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { money } from '../../platform/graphql/money-format';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { checkCurrency } from '../currency';
import { LabourRolesRepository } from '../labour-roles/labour-roles.repository';
import { loadedRateOf } from './loaded-rate';
import { CreateRateCardInput, RateCardLineInput, SetRateCardLineInput } from './rate-card.input';
import { RateCardLineView, RateCardType } from './rate-card.types';
import { RateCardLineRow, RateCardRow, RateCardsRepository } from './rate-cards.repository';

type CardWithoutLines = Omit<RateCardType, 'lines'>;

export const toLine = (row: RateCardLineRow): RateCardLineView => {
  const { loadedRate, working } = loadedRateOf(row);
  return {
    roleId: row.roleId,
    hourlyRate: money(row.hourlyRateMinor, row.currency),
    fringePercent: Number(row.fringePercent),
    flatFringePerHour: money(row.flatFringeMinor, row.currency),
    loadedRate,
    loadedRateWorking: working,
    source: row.source,
  };
};

/** A stored card as the analytics library reads it. */
export const toAnalyticsCard = (card: RateCardRow, lines: RateCardLineRow[]): RateCard => ({
  name: card.name,
  currency: card.currency,
  hoursPerDay: String(card.hoursPerDay),
  standardFteHoursPerYear: card.fteHoursPerYear,
  lines: lines.map((l) => ({
    role: l.roleCode,
    hourlyRate: money(l.hourlyRateMinor, card.currency),
    fringePercent: l.fringePercent,
    flatFringePerHour: money(l.flatFringeMinor, card.currency),
  })),
});

@Injectable()
export class RateCardsService {
  constructor(
    private readonly db: DataSource,
    private readonly cards: RateCardsRepository,
    private readonly roles: LabourRolesRepository,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(
    productionId: string | undefined,
    first: number,
    after?: string,
  ): Promise<Page<CardWithoutLines>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.cards.list(productionId, offset, first);
    return toPage(rows, offset, first, total);
  }

  async get(id: string): Promise<CardWithoutLines> {
    const card = await this.cards.findById(id);
    if (!card) throw notFound('rate card', id);
    return card;
  }

  /** The lines of each card; RateCard.lines batches these per request. */
  async linesByCard(ids: readonly string[]): Promise<Map<string, RateCardLineView[]>> {
    const grouped = new Map<string, RateCardLineView[]>(ids.map((id) => [id, []]));
    for (const row of await this.cards.linesOf(ids)) grouped.get(row.rateCardId)?.push(toLine(row));
    return grouped;
  }

  /** The card that prices a production's work today (the reports' card), or null. */
  async inEffect(productionId: string): Promise<CardWithoutLines | null> {
    return (await this.pricingCards([productionId])).get(productionId)?.card ?? null;
  }

  /** The card that prices each production's work on `day` (default today), by analytics' rateCardInEffect. */
  async pricingCards(
    productionIds: readonly string[],
    day: string = new Date().toISOString().slice(0, 10),
  ): Promise<Map<string, { card: RateCardRow; rateCard: RateCard }>> {
    const candidates = await this.cards.candidatesFor(productionIds);
    const cards = candidates.productions.flatMap((p) => {
      const card = rateCardInEffect(
        candidates.cards.filter((c) => c.forProductionId === p.id),
        p,
        day,
      );
      return card ? [card] : [];
    });
    const lines = await this.cards.linesOf(cards.map((c) => c.id));
    return new Map(
      cards.map(({ forProductionId, ...card }) => [
        forProductionId,
        {
          card,
          rateCard: toAnalyticsCard(
            card,
            lines.filter((l) => l.rateCardId === card.id),
          ),
        },
      ]),
    );
  }

  async create(input: CreateRateCardInput, actorId: string): Promise<CardWithoutLines> {
    checkCurrency('input.currency', input.currency);
    return this.db.transaction(async (manager) => {
      if (input.productionId && !(await this.productions.findById(input.productionId, manager))) {
        throw notFound('production', input.productionId);
      }
      const card = await this.cards.insert(
        { ...input, productionId: input.productionId ?? null },
        actorId,
        manager,
      );
      const seen = new Set<string>();
      for (const [i, line] of input.lines.entries()) {
        if (seen.has(line.roleCode)) {
          throw badInput(
            `input.lines[${i}].roleCode`,
            `Role ${line.roleCode} is on the card twice; list each role once.`,
          );
        }
        seen.add(line.roleCode);
        await this.writeLine(card.id, line, `input.lines[${i}]`, manager);
      }
      await this.audit.append(manager, {
        actor: actorId,
        action: 'rate_card.create',
        subjectType: 'rate_card',
        subjectId: card.id,
        productionId: card.productionId,
        payload: { before: null, after: { ...card, lines: await this.linesJson(card.id, manager) } },
      });
      return card;
    });
  }

  setLine(input: SetRateCardLineInput, actorId: string): Promise<CardWithoutLines> {
    return this.db.transaction(async (manager) => {
      const card = await this.cards.findById(input.rateCardId, manager);
      if (!card) throw notFound('rate card', input.rateCardId);
      const before = await this.linesJson(card.id, manager);
      await this.writeLine(card.id, input, 'input', manager);
      await this.cards.touch(card.id, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'rate_card.set_line',
        subjectType: 'rate_card',
        subjectId: card.id,
        productionId: card.productionId,
        payload: { before: { lines: before }, after: { lines: await this.linesJson(card.id, manager) } },
      });
      return card;
    });
  }

  private async writeLine(
    cardId: string,
    line: RateCardLineInput,
    field: string,
    manager: EntityManager,
  ): Promise<void> {
    const role = await this.roles.findByCode(line.roleCode, manager);
    if (!role) {
      throw badInput(
        `${field}.roleCode`,
        `No labour role has the code ${line.roleCode}; create it first or pick one from labourRoles.`,
      );
    }
    if (line.hourlyRateMinor < 0n)
      throw badInput(`${field}.hourlyRateMinor`, 'An hourly rate cannot be negative.');
    if (line.flatFringeMinor < 0n)
      throw badInput(`${field}.flatFringeMinor`, 'A flat fringe cannot be negative.');
    await this.cards.upsertLine(cardId, { ...line, roleId: role.id }, manager);
  }

  // Audit payloads carry money as strings of minor units (JSON has no bigint).
  private async linesJson(cardId: string, manager: EntityManager) {
    return (await this.cards.linesOf([cardId], manager)).map((l) => ({
      role: l.roleCode,
      hourlyRateMinor: l.hourlyRateMinor,
      fringePercent: l.fringePercent,
      flatFringeMinor: l.flatFringeMinor,
      source: l.source,
    }));
  }
}

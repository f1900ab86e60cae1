import { Injectable } from '@nestjs/common';
import {
  FxTable,
  hasRateFor,
  HourlyRate,
  makeRatio,
  RateCard,
  rateFor,
  Ratio,
  toRatio,
} from '@frameledger/analytics';
import { badInput } from '../../common/errors';
import { RateCardsService } from '../../rates/rate-cards/rate-cards.service';
import { PricingRepository, ProductionRef, RoleRow } from './pricing.repository';

/**
 * What a report prices with: each production's rate card (the one the planning API prices with:
 * its own newest card in effect, else the newest studio-wide card in its currency), the labour
 * roles, and the productions themselves.
 */
export class Pricing {
  constructor(
    readonly productions: ReadonlyMap<string, ProductionRef>,
    readonly roles: ReadonlyMap<string, RoleRow>,
    private readonly cards: ReadonlyMap<string, { rateCard: RateCard; hoursPerDay: string }>,
    private readonly taskTypes: ReadonlyMap<string, string>,
  ) {}

  /** The task type's name ("Rotoscoping"), or its code where the type is unknown. */
  taskTypeName(code: string): string {
    return this.taskTypes.get(code) ?? code;
  }

  production(id: string): ProductionRef {
    const production = this.productions.get(id);
    if (!production) throw new Error(`production ${id} was not loaded for pricing`);
    return production;
  }

  role(id: string): RoleRow {
    const role = this.roles.get(id);
    if (!role) throw new Error(`labour role ${id} was not loaded for pricing`);
    return role;
  }

  /** Production code then role code, for listing lines in an order people can follow. */
  sortKey(row: { productionId: string; roleId: string }): string {
    return `${this.production(row.productionId).code} ${this.role(row.roleId).code}`;
  }

  card(productionId: string): RateCard {
    const card = this.cards.get(productionId)?.rateCard;
    if (!card) {
      const p = this.production(productionId);
      throw badInput(
        'productionId',
        `Production ${p.code} has no rate card in effect; add one for it, or a studio-wide card in ${p.currency}.`,
      );
    }
    return card;
  }

  /** Whether the production's card has a rate for the role (reports leave hours without one unpriced and list them). */
  hasRate(productionId: string, roleId: string): boolean {
    return hasRateFor(this.card(productionId), this.role(roleId).code);
  }

  rate(productionId: string, roleId: string): HourlyRate {
    return rateFor(this.card(productionId), this.role(roleId).code);
  }

  /** Each production's bid day (hours per day on its card), for per-frame bids; productions without a card are left out. */
  bidDays(): Map<string, string> {
    return new Map([...this.cards].map(([id, c]) => [id, c.hoursPerDay]));
  }

  /**
   * The bid day of every production these prices cover, as the ledger's rollups key it: "0" for a
   * production without a card, whose per-frame bids then count as unbid.
   */
  ledgerBidDays(): Map<string, string> {
    return new Map([...this.productions.keys()].map((id) => [id, this.cards.get(id)?.hoursPerDay ?? '0']));
  }
}

@Injectable()
export class PricingService {
  constructor(
    private readonly repository: PricingRepository,
    private readonly rateCards: RateCardsService,
  ) {}

  /** Pricing for these productions, or for every production, with the rate cards in effect on `day` (default today). */
  async forProductions(ids?: readonly string[], day?: string): Promise<Pricing> {
    const [productions, roles, taskTypes] = await Promise.all([
      this.repository.productions(ids),
      this.repository.roles(),
      this.repository.taskTypeNames(),
    ]);
    const cards = await this.rateCards.pricingCards(
      productions.map((p) => p.id),
      day,
    );
    return new Pricing(
      new Map(productions.map((p) => [p.id, p])),
      new Map(roles.map((r) => [r.id, r])),
      new Map(
        [...cards].map(([id, c]) => [id, { rateCard: c.rateCard, hoursPerDay: String(c.card.hoursPerDay) }]),
      ),
      new Map(taskTypes.map((t) => [t.code, t.name])),
    );
  }

  /**
   * FX into `reportingCurrency` for these quarters. Where the table holds only the opposite
   * direction (USD into ARS for an ARS budget priced from a USD GPU rate), its exact inverse is used.
   */
  async fxTable(reportingCurrency: string, quarters: readonly string[]): Promise<FxTable> {
    const rates: Record<string, Record<string, Ratio>> = {};
    for (const row of await this.repository.fx(reportingCurrency, quarters)) {
      const rate = toRatio(row.rate, 'fx.rate');
      (rates[row.quarter] ??= {})[row.currency] = row.inverted ? makeRatio(rate.den, rate.num) : rate;
    }
    return { reportingCurrency, rates };
  }
}

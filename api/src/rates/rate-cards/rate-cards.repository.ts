import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ProductionDates } from '@frameledger/analytics';
import { StoredLine } from './loaded-rate';

export interface RateCardRow {
  id: string;
  productionId: string | null;
  name: string;
  currency: string;
  effectiveFrom: string;
  hoursPerDay: number;
  fteHoursPerYear: number;
  source: string;
}

export interface RateCardLineRow extends StoredLine {
  rateCardId: string;
  roleId: string;
  source: string;
}

export type NewRateCard = Omit<RateCardRow, 'id'>;

export interface NewRateCardLine {
  roleId: string;
  hourlyRateMinor: bigint;
  fringePercent: number;
  flatFringeMinor: bigint;
  source: string;
}

const CARD = `id, production_id AS "productionId", name, currency, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  hours_per_day::float8 AS "hoursPerDay", fte_hours_per_year AS "fteHoursPerYear", source`;
const LINE = `l.rate_card_id AS "rateCardId", l.labour_role_id AS "roleId", r.code AS "roleCode", c.currency,
  l.hourly_rate_minor::text AS "hourlyRateMinor", l.fringe_percent::text AS "fringePercent",
  l.flat_fringe_minor::text AS "flatFringeMinor", l.source`;

@Injectable()
export class RateCardsRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    productionId: string | undefined,
    offset: number,
    limit: number,
  ): Promise<{ rows: RateCardRow[]; total: number }> {
    const where = productionId ? 'WHERE production_id = $3 OR production_id IS NULL' : '';
    const params = productionId ? [limit, offset, productionId] : [limit, offset];
    const rows = await this.db.query(
      `SELECT ${CARD} FROM rate_card ${where} ORDER BY effective_from DESC, name, id LIMIT $1 OFFSET $2`,
      params,
    );
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM rate_card ${productionId ? 'WHERE production_id = $1 OR production_id IS NULL' : ''}`,
      productionId ? [productionId] : [],
    );
    return { rows, total: n };
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<RateCardRow | undefined> {
    const rows = await manager.query(`SELECT ${CARD} FROM rate_card WHERE id = $1`, [id]);
    return rows[0];
  }

  /**
   * The cards that could price each production's work (its own, and the studio-wide ones in its
   * currency), with its currency and start: analytics' rateCardInEffect picks one.
   */
  async candidatesFor(productionIds: readonly string[]): Promise<{
    productions: ProductionDates[];
    cards: Array<RateCardRow & { forProductionId: string }>;
  }> {
    const productions: ProductionDates[] = await this.db.query(
      `SELECT id, currency, to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM production WHERE id = ANY($1::uuid[])`,
      [productionIds],
    );
    const cards = await this.db.query(
      `SELECT p.id AS "forProductionId", c.* FROM production p
       CROSS JOIN LATERAL (
         SELECT ${CARD} FROM rate_card rc
         WHERE rc.production_id = p.id OR (rc.production_id IS NULL AND rc.currency = p.currency)
       ) c
       WHERE p.id = ANY($1::uuid[])`,
      [productionIds],
    );
    return { productions, cards };
  }

  linesOf(cardIds: readonly string[], manager: EntityManager = this.db.manager): Promise<RateCardLineRow[]> {
    return manager.query(
      `SELECT ${LINE} FROM rate_card_line l JOIN labour_role r ON r.id = l.labour_role_id
       JOIN rate_card c ON c.id = l.rate_card_id
       WHERE l.rate_card_id = ANY($1::uuid[]) ORDER BY r.code`,
      [cardIds],
    );
  }

  async insert(card: NewRateCard, actorId: string, manager: EntityManager): Promise<RateCardRow> {
    const rows = await manager.query(
      `INSERT INTO rate_card (production_id, name, currency, effective_from, hours_per_day, fte_hours_per_year, source,
         created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${CARD}`,
      [
        card.productionId,
        card.name,
        card.currency,
        card.effectiveFrom,
        card.hoursPerDay,
        card.fteHoursPerYear,
        card.source,
        actorId,
      ],
    );
    return rows[0];
  }

  /** Adds or replaces one role's line. */
  async upsertLine(cardId: string, line: NewRateCardLine, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO rate_card_line (rate_card_id, labour_role_id, hourly_rate_minor, fringe_percent, flat_fringe_minor, source)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (rate_card_id, labour_role_id) DO UPDATE SET hourly_rate_minor = EXCLUDED.hourly_rate_minor,
         fringe_percent = EXCLUDED.fringe_percent, flat_fringe_minor = EXCLUDED.flat_fringe_minor, source = EXCLUDED.source`,
      [
        cardId,
        line.roleId,
        line.hourlyRateMinor.toString(),
        line.fringePercent,
        line.flatFringeMinor.toString(),
        line.source,
      ],
    );
  }

  async touch(cardId: string, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE rate_card SET updated_at = now(), updated_by = $2 WHERE id = $1`, [
      cardId,
      actorId,
    ]);
  }
}

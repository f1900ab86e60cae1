/** What the rule needs of a rate card: whose it is, its currency and the day it takes effect. */
export interface CardDates {
  /** The production it belongs to; null for a studio-wide card. */
  productionId: string | null;
  currency: string;
  /** YYYY-MM-DD (a longer ISO string is read by its first ten characters). */
  effectiveFrom: string;
}

export interface ProductionDates {
  id: string;
  currency: string;
  /** YYYY-MM-DD */
  startDate: string;
}

/**
 * The rate card that prices a production's work (docs/reports.md, "Where the numbers come
 * from"): on the later of today and the production's start, its own newest card in effect, else
 * the newest studio-wide card in its currency. Undefined when it has none: pricing refuses then.
 */
export function rateCardInEffect<C extends CardDates>(
  cards: readonly C[],
  production: ProductionDates,
  today: string,
): C | undefined {
  const day = [today.slice(0, 10), production.startDate.slice(0, 10)].sort()[1];
  const newest = (mine: (c: C) => boolean) =>
    cards
      .filter((c) => mine(c) && c.effectiveFrom.slice(0, 10) <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  return (
    newest((c) => c.productionId === production.id) ??
    newest((c) => c.productionId === null && c.currency === production.currency)
  );
}

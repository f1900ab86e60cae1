import type { Money as AnalyticsMoney, Working, WorkingLine } from '@frameledger/analytics';
import { Money } from '../../platform/graphql/money';
import { money } from '../../platform/graphql/money-format';
import { RefSource, WorkingLineType, WorkingType } from './working.types';

/** Analytics money as the GraphQL Money object. */
export const gqlMoney = (m: AnalyticsMoney): Money => money(m.amountMinor, m.currency);

/** A line of analytics working, its record ids kept for WorkingLine.refs. */
export function toLine(line: WorkingLine): WorkingLineType {
  return {
    label: line.label,
    quantity: line.quantity,
    unit: line.unit,
    rate: line.rate && gqlMoney(line.rate),
    amount: line.amount && gqlMoney(line.amount),
    refSource: line.refs && { ids: line.refs },
  };
}

export const toWorking = (working: Working): WorkingType => ({
  note: working.note,
  allLines: working.lines.map(toLine),
});

/** A line built by a report (not by analytics), with the records it came from. */
export function reportLine(
  label: string,
  figures: { quantity?: number; unit?: string; rate?: AnalyticsMoney; amount?: AnalyticsMoney },
  refSource?: RefSource,
): WorkingLineType {
  return {
    label,
    quantity: figures.quantity,
    unit: figures.unit,
    rate: figures.rate && gqlMoney(figures.rate),
    amount: figures.amount && gqlMoney(figures.amount),
    refSource,
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Analytics labels name tasks by id and roles by code; people read them by shot and task type, and
 * by the role's name. `codes` maps a code to its name, replaced only as a whole word. The refs keep the ids.
 */
export function withNames(
  working: WorkingType,
  names: ReadonlyMap<string, string>,
  codes: ReadonlyMap<string, string> = new Map(),
): WorkingType {
  // Longest first, so a code that starts another (COMP, COMP_LEAD) never takes its place.
  const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const code = alternatives.length
    ? new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])`, 'g')
    : undefined;
  return {
    ...working,
    allLines: working.allLines.map((l) => {
      const named = l.label.replace(UUID, (id) => names.get(id) ?? id);
      return { ...l, label: code ? named.replace(code, (c) => codes.get(c) ?? c) : named };
    }),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { minorUnitExponent } from '@frameledger/analytics';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { badInput } from './errors';

/**
 * The plausible window for every date this API takes: work dates, rate dates, production
 * schedules, report cut-offs, quarters and months. Film and TV post-production ledgers are
 * not kept for before 2000 nor planned past 2099; a date outside is a typo (9999-12-31,
 * 0001-01-01) that would otherwise be stored and break the reports that later read it.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;
const WINDOW = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

const inWindow = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
/** The value as the sentence quotes it: never more than 40 characters of what was sent. */
const shown = (value: unknown) => JSON.stringify(String(value).slice(0, 40));

/** Why `value` is not a real calendar day (YYYY-MM-DD) within the window, or undefined. */
export function dayProblem(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return `${shown(value)} is not a date; write it like 2026-07-31`;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return `${value} is not a day of the calendar; check the month and the day`;
  if (!inWindow(year)) return `${value} is outside the dates this ledger takes (${WINDOW})`;
  return undefined;
}

/** Why `value` is not an ISO 8601 time (2026-04-01T09:30:00Z) on a real day within the window. */
export function timeProblem(value: unknown): string | undefined {
  const match =
    typeof value === 'string'
      ? /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
          value,
        )
      : null;
  if (!match || Number.isNaN(Date.parse(value as string)))
    return 'write a time as ISO 8601, e.g. 2026-04-01T09:30:00Z';
  return dayProblem(match[1]);
}

export function monthProblem(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (!match) return `${shown(value)} is not a month; write it like 2026-03`;
  return inWindow(Number(match[1]))
    ? undefined
    : `${value} is outside the months this ledger takes (${WINDOW})`;
}

export function quarterProblem(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-Q[1-4]$/.exec(value) : null;
  if (!match) return `${shown(value)} is not a quarter; write it like 2026-Q2`;
  return inWindow(Number(match[1]))
    ? undefined
    : `${value} is outside the quarters this ledger takes (${WINDOW})`;
}

/** An ISO 4217 code the money library counts in (it knows the minor unit): not `usd`, not `XXX`. */
export function currencyProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value))
    return 'use an ISO 4217 currency code in capitals, such as USD, GBP or ARS';
  try {
    minorUnitExponent(value, 'currency');
    return undefined;
  } catch {
    return `${value} is not an ISO 4217 currency with a known minor unit; use one such as USD, GBP or ARS`;
  }
}

type Rule = (value: unknown) => string | undefined;

/** A class-validator decorator from a rule: the rule's sentence is the message. */
function decorator(name: string, rule: Rule) {
  return (options?: ValidationOptions): PropertyDecorator =>
    ValidateBy(
      {
        name,
        validator: {
          validate: (value) => rule(value) === undefined,
          defaultMessage: (args) => rule(args?.value) ?? 'not valid',
        },
      },
      options,
    );
}

export const IsDay = decorator('isDay', dayProblem);
export const IsTime = decorator('isTime', timeProblem);
export const IsMonth = decorator('isMonth', monthProblem);
export const IsQuarter = decorator('isQuarter', quarterProblem);
export const IsCurrency = decorator('isCurrency', currencyProblem);

/** The same rules for plain String arguments (`asOf`, `quarter`, `currency`); null passes. */
function pipe(rule: Rule) {
  @Injectable()
  class RulePipe implements PipeTransform<unknown, unknown> {
    transform(value: unknown, metadata: ArgumentMetadata): unknown {
      if (value === undefined || value === null) return value;
      const problem = rule(value);
      const field = metadata.data ?? 'input';
      if (problem) throw badInput(field, `${field}: ${problem}.`);
      return value;
    }
  }
  return RulePipe;
}

export const DayPipe = pipe(dayProblem);
export const QuarterPipe = pipe(quarterProblem);
export const CurrencyPipe = pipe(currencyProblem);

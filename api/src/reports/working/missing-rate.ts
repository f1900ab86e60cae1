import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MissingRate', {
  description:
    'A time entry left out of a cost because the rate card that prices its production has no rate for its role: its hours count, its money does not.',
})
export class MissingRateType {
  @Field(() => ID) timeEntryId!: string;
  @Field({ description: 'Production code.' }) production!: string;
  @Field({ description: 'Labour role code.' }) role!: string;
  @Field({ description: 'YYYY-MM-DD' }) workDate!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Float) hours!: number;
}

export const MISSING_RATES =
  'Warning: time entries whose role has no rate on the card that prices their production; their hours are counted, their cost is not (the working says NOT PRICED).';

/** An entry as the reports hold it, with its production and role codes. */
export interface UnpricedEntry {
  id?: string;
  production: string;
  role: string;
  workDate: string | Date;
  minutes: number;
}

/** The warning list of a report: each unpriced entry once, by date, then role. */
export function missingRates(entries: readonly UnpricedEntry[]): MissingRateType[] {
  return entries
    .map((e) => ({
      timeEntryId: e.id ?? '',
      production: e.production,
      role: e.role,
      workDate:
        typeof e.workDate === 'string' ? e.workDate.slice(0, 10) : e.workDate.toISOString().slice(0, 10),
      minutes: e.minutes,
      hours: e.minutes / 60,
    }))
    .sort(
      (a, b) =>
        a.workDate.localeCompare(b.workDate) ||
        a.role.localeCompare(b.role) ||
        a.timeEntryId.localeCompare(b.timeEntryId),
    );
}

// Nobody works more than 24 hours in a day. Entries are checked per person and work date
// summed across the whole file, because a day's time is usually split over several tasks.
import { ImportError, listOf } from '../parse-result';
import { formatMinutes } from './duration';

export const MINUTES_PER_DAY = 24 * 60;

interface DayEntry {
  line: number;
  person: string;
  workDate: string;
  minutes: number;
}

/** The entries that fit, and one error per person-day over the cap naming all its lines. */
export function applyDailyCap<T extends DayEntry>(entries: T[]): { kept: T[]; errors: ImportError[] } {
  const days = new Map<string, T[]>();
  for (const entry of entries) {
    // "Jane Doe" and "jane doe" are one person; the service matches people the same way.
    const key = `${entry.person.toLowerCase()}\u0000${entry.workDate}`;
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  const over = new Set<T>();
  const errors: ImportError[] = [];
  for (const day of days.values()) {
    const total = day.reduce((sum, e) => sum + e.minutes, 0);
    if (total <= MINUTES_PER_DAY) continue;
    day.forEach((e) => over.add(e));
    const lines = day.map((e) => String(e.line));
    errors.push({
      line: day[0].line,
      field: 'minutes',
      message:
        `Lines ${listOf(lines, 'and')}: ${day[0].person} has ${formatMinutes(total)} logged on ${day[0].workDate}, ` +
        'more than the 24 h in a day; correct or remove some of these entries.',
    });
  }
  return { kept: entries.filter((e) => !over.has(e)), errors };
}

// Logged durations. Columns have a unit (minutes or hours) and a cell may override it with a
// suffix, as people type into spreadsheets: "90", "1.5h", "45 min".

const UNITS: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
};

export type DurationUnit = 'minutes' | 'hours';

/** Minutes (possibly fractional), or undefined when the text is not a duration. */
export function readMinutes(text: string, unit: DurationUnit): number | undefined {
  // A sign is read so that "-30" is reported as not positive rather than as gibberish.
  const match = /^(-?(?:\d+(?:\.\d+)?|\.\d+))\s*([a-z]*)$/i.exec(text);
  if (!match) return undefined;
  const suffix = match[2].toLowerCase();
  const perUnit = suffix === '' ? (unit === 'hours' ? 60 : 1) : UNITS[suffix];
  return perUnit === undefined ? undefined : Number(match[1]) * perUnit;
}

/** "25 h 30 min", "45 min", "24 h": how people read a minutes total. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

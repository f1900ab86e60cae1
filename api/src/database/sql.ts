/** SQL fragments repositories share. */

/** A timestamptz column as ISO 8601 UTC with milliseconds, the way Date.toISOString writes it. */
export const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A vocabulary list from analytics as an SQL list, `('AI_ASSISTED', 'AI_FINAL')`, so a query
 * names no label of its own. Labels only: anything but capitals and underscores is refused.
 */
export function sqlLabels(labels: readonly string[]): string {
  const bad = labels.find((label) => !/^[A-Z_]+$/.test(label));
  if (bad !== undefined) throw new Error(`sqlLabels takes vocabulary labels, not ${JSON.stringify(bad)}.`);
  return `(${labels.map((label) => `'${label}'`).join(', ')})`;
}

/** The performer of task `t` on shot `s`: the task's own, else the shot's; null when blank. */
export const PERFORMER_OF_TASK = `nullif(trim(coalesce(t.performer_name, s.performer_name)), '')`;

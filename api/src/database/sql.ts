/** SQL fragments the governance repositories share. */

/** A timestamptz column as ISO 8601 UTC with milliseconds, the way Date.toISOString writes it. */
export const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The performer of task `t` on shot `s`: the task's own, else the shot's; null when blank. */
export const PERFORMER_OF_TASK = `nullif(trim(coalesce(t.performer_name, s.performer_name)), '')`;

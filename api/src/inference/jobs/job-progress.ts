/**
 * The PostgreSQL NOTIFY channel a worker signals on whenever a job's row changes (claimed, a frame
 * done, finished). The payload is the job id only: listeners re-read the row, so a signal can be
 * coalesced or arrive late without anyone seeing stale figures.
 */
export const JOB_PROGRESS_CHANNEL = 'inference_job_progress';

/** SQL that signals progress of job $1; run it inside the transaction that changed the row. */
export const NOTIFY_PROGRESS = `SELECT pg_notify('${JOB_PROGRESS_CHANNEL}', $1::text)`;

/** `column` as an ISO 8601 UTC timestamp with milliseconds, or null. */
export const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

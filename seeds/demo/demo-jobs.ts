import type { DataSource } from 'typeorm';

/** A job as the api takes it (SubmitInferenceJobInput). */
export interface DemoJobInput {
  taskId: string;
  modelId: string;
  frames: { folderId: string; fromFrame: number; toFrame: number };
}

/** The api's own submission (JobsService.submit): task, model and policy checked, audited, queued. */
export type SubmitJob = (input: DemoJobInput, actorId: string) => Promise<{ id: string }>;

/**
 * Two short jobs, so the renders page has something to show on day one: the text matte over the
 * street plate and the key over the green screen, three frames each (a few seconds of CPU). Each
 * goes on the last shot of its sequence, away from SIGN010, which the browser tests run on.
 */
const DEMO_JOBS = [
  {
    model: 'paddleocr-ppocrv4-text-detector',
    taskType: 'LOCALIZATION',
    shots: 'SIGN%',
    folder: 'SIGN street%',
  },
  { model: 'frameledger-chroma-key', taskType: 'KEYING', shots: 'RIO%', folder: 'RIO green-screen%' },
];
const FRAMES = { fromFrame: 1001, toFrame: 1003 };

export interface DemoJobsResult {
  queued: string[];
  /** Why a demo job was not queued, one sentence each (a policy refusal, a missing plate). */
  skipped: string[];
}

/**
 * Queues the demo's render jobs through the api's submission, once the api is up: the seed runs
 * before the api's queue exists, and a job written past the policy gate would be one no person
 * could have queued. The worker renders them like any operator's job.
 */
export async function queueDemoJobs(db: DataSource, submit: SubmitJob): Promise<DemoJobsResult> {
  const [operator] = await db.query(`SELECT id FROM app_user WHERE email = 'operator@frameledger.local'`);
  const result: DemoJobsResult = { queued: [], skipped: [] };
  for (const demo of DEMO_JOBS) {
    const [row] = await db.query(
      `SELECT t.id AS "taskId", m.id AS "modelId", f.id AS "folderId"
       FROM task t JOIN production p ON p.id = t.production_id JOIN shot s ON s.id = t.shot_id,
            model m, frame_folder f
       WHERE p.code = 'DERRUMBE' AND t.task_type_code = $1 AND s.code LIKE $2 AND NOT t.ai_forbidden
         AND t.path <> 'HUMAN' AND m.name = $3 AND f.name LIKE $4
       ORDER BY s.code DESC LIMIT 1`,
      [demo.taskType, demo.shots, demo.model, `DERRUMBE ${demo.folder}`],
    );
    if (!row || !operator) {
      result.skipped.push(`${demo.model}: the demo has no ${demo.taskType} task, model or plate for it.`);
      continue;
    }
    try {
      const job = await submit(
        { taskId: row.taskId, modelId: row.modelId, frames: { folderId: row.folderId, ...FRAMES } },
        operator.id,
      );
      result.queued.push(job.id);
    } catch (error) {
      result.skipped.push(`${demo.model}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}

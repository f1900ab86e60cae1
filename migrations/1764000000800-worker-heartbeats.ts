import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worker heartbeats and the cost of a killed attempt.
 *
 * Each worker process has a row it beats every INFERENCE_HEARTBEAT_SECONDS from a thread of its
 * own (a frame holding the event loop does not stop it); each attempt of a job names the worker
 * running it, when it started and what the job had before it. A job whose worker stopped beating
 * is requeued within about three beats, and that attempt's machine time (from its start to its
 * worker's last beat) is booked as its own cost line, outcome STALLED: the studio paid for it.
 * A job has one final line (SUCCEEDED, FAILED or CANCELLED) and one STALLED line per killed attempt.
 */
export class WorkerHeartbeats1764000000800 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inference_worker (
        id           uuid PRIMARY KEY,
        host         text NOT NULL,
        pid          int NOT NULL,
        device_class text NOT NULL,
        started_at   timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE inference_attempt (
        job_id         uuid NOT NULL REFERENCES inference_job(id) ON DELETE CASCADE,
        attempt        int NOT NULL CHECK (attempt >= 1),
        worker_id      uuid NOT NULL REFERENCES inference_worker(id),
        started_at     timestamptz NOT NULL DEFAULT now(),
        wall_ms_before bigint NOT NULL CHECK (wall_ms_before >= 0),
        frames_before  int NOT NULL CHECK (frames_before >= 0),
        PRIMARY KEY (job_id, attempt)
      );
      CREATE INDEX inference_attempt_worker ON inference_attempt (worker_id);

      ALTER TABLE ai_run ADD COLUMN attempt int CHECK (attempt >= 1);
      ALTER TABLE ai_run DROP CONSTRAINT ai_run_outcome_check;
      ALTER TABLE ai_run ADD CONSTRAINT ai_run_outcome_check
        CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'CANCELLED', 'STALLED'));
      ALTER TABLE ai_run ADD CONSTRAINT ai_run_stalled_attempt CHECK ((outcome = 'STALLED') = (attempt IS NOT NULL));
      ALTER TABLE ai_run DROP CONSTRAINT ai_run_job_id_key;
      CREATE UNIQUE INDEX ai_run_job_final ON ai_run (job_id) WHERE outcome <> 'STALLED';
      CREATE UNIQUE INDEX ai_run_job_stalled ON ai_run (job_id, attempt) WHERE outcome = 'STALLED';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM ai_run WHERE outcome = 'STALLED';
      DROP INDEX ai_run_job_stalled;
      DROP INDEX ai_run_job_final;
      ALTER TABLE ai_run ADD CONSTRAINT ai_run_job_id_key UNIQUE (job_id);
      ALTER TABLE ai_run DROP CONSTRAINT ai_run_stalled_attempt;
      ALTER TABLE ai_run DROP CONSTRAINT ai_run_outcome_check;
      ALTER TABLE ai_run ADD CONSTRAINT ai_run_outcome_check CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'CANCELLED'));
      ALTER TABLE ai_run DROP COLUMN attempt;
      DROP TABLE inference_attempt;
      DROP TABLE inference_worker;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inference pipeline (docs/design.md, "Inference"): files in the content-addressed store, the model
 * registry with provenance, frame-sequence folders, jobs with their input frames, and renders.
 * The bytes live in the store (sha256 paths); these tables hold what was stored and what it means.
 */
export class Inference1764000000010 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE model_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED');
      CREATE TYPE training_data_kind AS ENUM ('LICENSED', 'CONSENTED', 'PUBLIC_DOMAIN', 'SYNTHETIC', 'MIXED', 'UNKNOWN');
      CREATE TYPE model_weights AS ENUM ('HAND_SET', 'TRAINED');
      CREATE TYPE inference_job_status AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

      -- One row per distinct content: the same bytes uploaded twice are one file.
      CREATE TABLE stored_file (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sha256         char(64) NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes     bigint NOT NULL CHECK (size_bytes > 0),
        media_type     text NOT NULL,
        original_name  text NOT NULL DEFAULT '',
        created_at     timestamptz NOT NULL DEFAULT now(),
        created_by     uuid REFERENCES app_user(id)
      );

      -- What onnxruntime read from a model file when it was uploaded (never typed in by a user).
      CREATE TABLE model_file (
        file_id      uuid PRIMARY KEY REFERENCES stored_file(id),
        inputs       jsonb NOT NULL,
        outputs      jsonb NOT NULL,
        ir_version   int NOT NULL,
        opsets       jsonb NOT NULL,
        producer     text NOT NULL DEFAULT ''
      );

      CREATE TABLE model (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        version              text NOT NULL CHECK (length(version) BETWEEN 1 AND 40),
        file_id              uuid NOT NULL REFERENCES model_file(file_id),
        task_types           text[] NOT NULL CHECK (cardinality(task_types) > 0),
        adapter              jsonb NOT NULL,
        licence              text NOT NULL,
        training_data        training_data_kind NOT NULL,
        training_data_notes  text NOT NULL DEFAULT '',
        vendor               text NOT NULL,
        source               text NOT NULL DEFAULT '',
        weights              model_weights NOT NULL,
        model_card           text NOT NULL DEFAULT '',
        status               model_status NOT NULL DEFAULT 'PENDING',
        decision_reason      text,
        decided_by           uuid REFERENCES app_user(id),
        decided_at           timestamptz,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        created_by           uuid REFERENCES app_user(id),
        updated_by           uuid REFERENCES app_user(id),
        UNIQUE (name, version),
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      );
      CREATE INDEX model_task_types_idx ON model USING gin (task_types);

      -- A frame sequence: frame numbers first_frame .. first_frame + frame_count - 1, no holes.
      CREATE TABLE frame_folder (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        first_frame  int NOT NULL CHECK (first_frame >= 0),
        frame_count  int NOT NULL CHECK (frame_count > 0),
        width        int NOT NULL CHECK (width > 0),
        height       int NOT NULL CHECK (height > 0),
        created_at   timestamptz NOT NULL DEFAULT now(),
        created_by   uuid REFERENCES app_user(id)
      );

      CREATE TABLE frame_folder_frame (
        folder_id     uuid NOT NULL REFERENCES frame_folder(id) ON DELETE CASCADE,
        frame_number  int NOT NULL,
        file_id       uuid NOT NULL REFERENCES stored_file(id),
        name          text NOT NULL,
        PRIMARY KEY (folder_id, frame_number)
      );

      CREATE TABLE inference_job (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id             uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        production_id       uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        model_id            uuid NOT NULL REFERENCES model(id),
        requested_by        uuid REFERENCES app_user(id),
        status              inference_job_status NOT NULL DEFAULT 'QUEUED',
        -- The pg-boss job that currently carries it; replaced when a stalled job is re-queued.
        queue_job_id        uuid NOT NULL,
        -- Raised by every claim; a worker whose attempt is no longer current stops writing.
        attempt             int NOT NULL DEFAULT 0 CHECK (attempt >= 0),
        cancel_requested    boolean NOT NULL DEFAULT false,
        provider            text,
        device              text,
        device_class        text,
        frames_total        int NOT NULL CHECK (frames_total > 0),
        frames_done         int NOT NULL DEFAULT 0 CHECK (frames_done >= 0),
        queued_at           timestamptz NOT NULL DEFAULT now(),
        started_at          timestamptz,
        heartbeat_at        timestamptz,
        finished_at         timestamptz,
        queue_wait_ms       bigint CHECK (queue_wait_ms >= 0),
        wall_ms             bigint NOT NULL DEFAULT 0 CHECK (wall_ms >= 0),
        currency            char(3),
        compute_cost_minor  bigint CHECK (compute_cost_minor >= 0),
        error               text,
        failed_frame_index  int,
        failed_frame_name   text,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CHECK (frames_done <= frames_total)
      );
      CREATE INDEX inference_job_task_idx ON inference_job (task_id);
      CREATE INDEX inference_job_production_idx ON inference_job (production_id, created_at);
      CREATE INDEX inference_job_open_idx ON inference_job (status) WHERE status IN ('QUEUED', 'RUNNING');

      -- The frames a job runs over, fixed at submit time, in order.
      CREATE TABLE inference_job_frame (
        job_id       uuid NOT NULL REFERENCES inference_job(id) ON DELETE CASCADE,
        frame_index  int NOT NULL CHECK (frame_index >= 0),
        frame_number int NOT NULL,
        file_id      uuid NOT NULL REFERENCES stored_file(id),
        name         text NOT NULL,
        PRIMARY KEY (job_id, frame_index)
      );

      -- One output per job frame: a retried or re-delivered frame replaces nothing and adds nothing.
      CREATE TABLE render (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job_id             uuid NOT NULL REFERENCES inference_job(id) ON DELETE CASCADE,
        frame_index        int NOT NULL,
        frame_number       int NOT NULL,
        frame_name         text NOT NULL,
        input_sha256       char(64) NOT NULL,
        output_file_id     uuid NOT NULL REFERENCES stored_file(id),
        thumbnail_file_id  uuid NOT NULL REFERENCES stored_file(id),
        width              int NOT NULL CHECK (width > 0),
        height             int NOT NULL CHECK (height > 0),
        decode_ms          numeric(12,3) NOT NULL CHECK (decode_ms >= 0),
        infer_ms           numeric(12,3) NOT NULL CHECK (infer_ms >= 0),
        encode_ms          numeric(12,3) NOT NULL CHECK (encode_ms >= 0),
        -- The signed manifest; C2PA_EMBEDDED when it is also inside the PNG, SIGNED_SIDECAR otherwise.
        manifest           jsonb NOT NULL,
        provenance_status  text NOT NULL CHECK (provenance_status IN ('C2PA_EMBEDDED', 'SIGNED_SIDECAR')),
        created_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (job_id, frame_index)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE render, inference_job_frame, inference_job, frame_folder_frame, frame_folder, model, model_file, stored_file;
      DROP TYPE inference_job_status, model_weights, training_data_kind, model_status;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The costing and planning domain (docs/design.md, "Domain"): breakdown, labour roles and rate cards,
 * compute prices, FX, bid templates, tasks, time entries, AI cost lines and scenarios.
 * Money columns are bigint minor units beside a currency; never floating point.
 */
export class PlanningDomain1764000000001 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE task_path AS ENUM ('HUMAN', 'AI_ASSISTED', 'AI_FINAL');
      CREATE TYPE task_status AS ENUM ('PLANNED', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'OMITTED');
      CREATE TYPE ai_category AS ENUM ('GENERATIVE', 'TRADITIONAL');
      CREATE TYPE likeness_kind AS ENUM ('NONE', 'EMPLOYMENT_REPLICA', 'INDEPENDENT_REPLICA',
        'BACKGROUND_REPLICA', 'SYNTHETIC_PERFORMER', 'DIGITAL_ALTERATION');
      CREATE TYPE time_entry_kind AS ENUM ('ARTIST', 'AI_OPERATOR', 'AI_REVIEW', 'REWORK', 'SUPERVISION');
      CREATE TYPE bid_unit AS ENUM ('SHOT', 'FRAME');
      CREATE TYPE ai_run_source AS ENUM ('PIPELINE', 'EXTERNAL');

      CREATE TABLE episode (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        number        int NOT NULL CHECK (number > 0),
        title         text NOT NULL DEFAULT '',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid REFERENCES app_user(id),
        updated_by    uuid REFERENCES app_user(id),
        UNIQUE (production_id, number)
      );

      CREATE TABLE shot (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id      uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        episode_id         uuid REFERENCES episode(id) ON DELETE CASCADE,
        code               text NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
        sequence           text NOT NULL DEFAULT '',
        frame_in           int NOT NULL DEFAULT 1001,
        frame_out          int NOT NULL,
        frame_count        int NOT NULL CHECK (frame_count > 0),
        fps                numeric(7,3) NOT NULL DEFAULT 24 CHECK (fps > 0),
        description        text NOT NULL DEFAULT '',
        performer_likeness boolean NOT NULL DEFAULT false,
        performer_name     text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        created_by         uuid REFERENCES app_user(id),
        updated_by         uuid REFERENCES app_user(id),
        UNIQUE (production_id, code),
        CHECK (frame_out >= frame_in)
      );

      CREATE TABLE labour_role (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,32}$'),
        name        text NOT NULL,
        department  text NOT NULL,
        soc_code    text CHECK (soc_code ~ '^\\d{2}-\\d{4}$'),
        union_local text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        created_by  uuid REFERENCES app_user(id),
        updated_by  uuid REFERENCES app_user(id)
      );

      CREATE TABLE rate_card (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id       uuid REFERENCES production(id) ON DELETE CASCADE,
        name                text NOT NULL,
        currency            char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        effective_from      date NOT NULL,
        hours_per_day       numeric(5,2) NOT NULL DEFAULT 8 CHECK (hours_per_day > 0 AND hours_per_day <= 24),
        fte_hours_per_year  int NOT NULL DEFAULT 2080 CHECK (fte_hours_per_year > 0),
        source              text NOT NULL DEFAULT '',
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        created_by          uuid REFERENCES app_user(id),
        updated_by          uuid REFERENCES app_user(id)
      );

      CREATE TABLE rate_card_line (
        rate_card_id        uuid NOT NULL REFERENCES rate_card(id) ON DELETE CASCADE,
        labour_role_id      uuid NOT NULL REFERENCES labour_role(id),
        hourly_rate_minor   bigint NOT NULL CHECK (hourly_rate_minor >= 0),
        fringe_percent      numeric(7,3) NOT NULL DEFAULT 0 CHECK (fringe_percent >= 0 AND fringe_percent <= 200),
        flat_fringe_minor   bigint NOT NULL DEFAULT 0 CHECK (flat_fringe_minor >= 0),
        source              text NOT NULL DEFAULT '',
        PRIMARY KEY (rate_card_id, labour_role_id)
      );

      CREATE TABLE compute_rate (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        device_class          text NOT NULL CHECK (device_class ~ '^[A-Z0-9_-]{1,32}$'),
        currency              char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        price_per_hour_minor  bigint NOT NULL CHECK (price_per_hour_minor >= 0),
        watts                 int NOT NULL DEFAULT 0 CHECK (watts >= 0),
        effective_from        date NOT NULL DEFAULT '2000-01-01',
        source                text NOT NULL DEFAULT '',
        created_at            timestamptz NOT NULL DEFAULT now(),
        UNIQUE (device_class, effective_from)
      );

      CREATE TABLE fx_rate (
        currency            char(3) NOT NULL,
        reporting_currency  char(3) NOT NULL,
        quarter             text NOT NULL CHECK (quarter ~ '^\\d{4}-Q[1-4]$'),
        rate                numeric(24,10) NOT NULL CHECK (rate > 0),
        source              text NOT NULL DEFAULT '',
        PRIMARY KEY (currency, reporting_currency, quarter)
      );

      CREATE TABLE task_type (
        code              text PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,32}$'),
        name              text NOT NULL,
        baseline_role_id  uuid NOT NULL REFERENCES labour_role(id),
        default_ai_category ai_category NOT NULL DEFAULT 'TRADITIONAL'
      );

      -- Per SHOT: optimistic / most likely / pessimistic hours. Per FRAME: the same three as
      -- frames per day (roto is bid that way), turned into hours with the rate card's day.
      CREATE TABLE bid_template (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_type_code  text NOT NULL REFERENCES task_type(code),
        name            text NOT NULL,
        unit            bid_unit NOT NULL,
        complexity      int NOT NULL CHECK (complexity BETWEEN 1 AND 5),
        optimistic      numeric(12,3) NOT NULL CHECK (optimistic > 0),
        most_likely     numeric(12,3) NOT NULL CHECK (most_likely > 0),
        pessimistic     numeric(12,3) NOT NULL CHECK (pessimistic > 0),
        source          text NOT NULL DEFAULT '',
        UNIQUE (task_type_code, name, complexity)
      );

      CREATE TABLE task (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id          uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        shot_id                uuid NOT NULL REFERENCES shot(id) ON DELETE CASCADE,
        task_type_code         text NOT NULL REFERENCES task_type(code),
        bid_template_id        uuid REFERENCES bid_template(id),
        complexity             int NOT NULL CHECK (complexity BETWEEN 1 AND 5),
        path                   task_path NOT NULL DEFAULT 'HUMAN',
        status                 task_status NOT NULL DEFAULT 'PLANNED',
        baseline_hours_override numeric(12,3) CHECK (baseline_hours_override >= 0),
        planned_ai_review_hours numeric(12,3) NOT NULL DEFAULT 0 CHECK (planned_ai_review_hours >= 0),
        ai_category            ai_category,
        likeness_kind          likeness_kind NOT NULL DEFAULT 'NONE',
        performer_name         text,
        in_final_deliverable   boolean NOT NULL DEFAULT false,
        ai_forbidden           boolean NOT NULL DEFAULT false,
        signed_off_by          uuid REFERENCES app_user(id),
        signed_off_at          timestamptz,
        created_at             timestamptz NOT NULL DEFAULT now(),
        updated_at             timestamptz NOT NULL DEFAULT now(),
        created_by             uuid REFERENCES app_user(id),
        updated_by             uuid REFERENCES app_user(id)
      );
      CREATE INDEX task_production_idx ON task (production_id);
      CREATE INDEX task_shot_idx ON task (shot_id);

      CREATE TABLE time_entry (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id         uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        person          text NOT NULL CHECK (length(person) BETWEEN 1 AND 200),
        labour_role_id  uuid NOT NULL REFERENCES labour_role(id),
        work_date       date NOT NULL,
        minutes         int NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        kind            time_entry_kind NOT NULL,
        note            text NOT NULL DEFAULT '',
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        created_by      uuid REFERENCES app_user(id),
        updated_by      uuid REFERENCES app_user(id)
      );
      CREATE INDEX time_entry_task_idx ON time_entry (task_id);
      CREATE INDEX time_entry_person_day_idx ON time_entry (person, work_date);

      -- A closed month: no time entry may be added, changed or removed with a date inside it.
      CREATE TABLE period_lock (
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        month         date NOT NULL CHECK (extract(day FROM month) = 1),
        locked_by     uuid REFERENCES app_user(id),
        locked_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (production_id, month)
      );

      -- The AI cost line of a task: one per pipeline job (job_id unique, so a retried or
      -- re-delivered job can never count twice), or an external render log line.
      CREATE TABLE ai_run (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id             uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        source              ai_run_source NOT NULL,
        job_id              uuid UNIQUE,
        external_ref        text,
        model_id            uuid,
        model_label         text NOT NULL,
        device_class        text NOT NULL,
        provider            text,
        wall_ms             bigint NOT NULL CHECK (wall_ms >= 0),
        frames              int NOT NULL DEFAULT 0 CHECK (frames >= 0),
        finished_at         timestamptz NOT NULL,
        currency            char(3) NOT NULL,
        compute_cost_minor  bigint NOT NULL CHECK (compute_cost_minor >= 0),
        licence_fee_minor   bigint NOT NULL DEFAULT 0 CHECK (licence_fee_minor >= 0),
        created_at          timestamptz NOT NULL DEFAULT now(),
        created_by          uuid REFERENCES app_user(id),
        CHECK ((source = 'PIPELINE') = (job_id IS NOT NULL))
      );
      CREATE INDEX ai_run_task_idx ON ai_run (task_id);

      CREATE TABLE scenario (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        assumptions   jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid REFERENCES app_user(id),
        updated_by    uuid REFERENCES app_user(id),
        UNIQUE (production_id, name)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE scenario, ai_run, period_lock, time_entry, task, bid_template, task_type, fx_rate,
        compute_rate, rate_card_line, rate_card, labour_role, shot, episode;
      DROP TYPE ai_run_source, bid_unit, time_entry_kind, likeness_kind, ai_category, task_status, task_path;
    `);
  }
}

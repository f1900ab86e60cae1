import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts of an AI use that distributor guidance and the newer guild terms weigh
 * (docs/decisions/0023-ai-use-facts-per-task.md). An AI use is a task's use of AI: every pipeline
 * job and vendor run on the task is covered by what is recorded here, because these facts must
 * exist before the first run, when there is no run row to hang them on.
 */
export class AiUseFacts1764000001100 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE principle_answer AS ENUM ('YES', 'NO', 'UNSURE');
      CREATE TYPE ai_approval_category AS ENUM ('FINAL_DELIVERABLE', 'LIKENESS', 'PERSONAL_DATA', 'THIRD_PARTY_IP', 'ETHICS');
      CREATE TYPE ai_output_status AS ENUM ('TEMPORARY', 'FINAL');

      -- The intended use told to the distributor's contact: who, when, what.
      CREATE TABLE ai_use_disclosure (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        task_id       uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        contact       text NOT NULL CHECK (length(contact) BETWEEN 1 AND 200),
        disclosed_at  timestamptz NOT NULL,
        description   text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
        created_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid REFERENCES app_user(id)
      );
      CREATE INDEX ai_use_disclosure_task_idx ON ai_use_disclosure (task_id);

      -- The five-principle check, the latest answers per task (earlier answers are in the audit log).
      CREATE TABLE ai_use_checklist (
        task_id                 uuid PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
        production_id           uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        no_unowned_material     principle_answer NOT NULL,
        no_data_reuse           principle_answer NOT NULL,
        enterprise_secured      principle_answer NOT NULL,
        output_temporary        principle_answer NOT NULL,
        no_talent_replacement   principle_answer NOT NULL,
        involves_personal_data  boolean NOT NULL,
        involves_third_party_ip boolean NOT NULL,
        answered_at             timestamptz NOT NULL DEFAULT now(),
        answered_by             uuid REFERENCES app_user(id)
      );

      -- A written approval, by category, with who gave it and the document that records it.
      CREATE TABLE ai_use_approval (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        task_id       uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        category      ai_approval_category NOT NULL,
        approver      text NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),
        document_ref  text NOT NULL CHECK (length(document_ref) BETWEEN 1 AND 500),
        approved_at   timestamptz NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid REFERENCES app_user(id)
      );
      CREATE INDEX ai_use_approval_task_idx ON ai_use_approval (task_id);

      -- Output is temporary until promoted (audited, checked against approvals); the reason
      -- for the task's AI category (GENERATIVE, or TRADITIONAL = assistive under Article 50).
      ALTER TABLE task
        ADD COLUMN ai_output_status   ai_output_status NOT NULL DEFAULT 'TEMPORARY',
        ADD COLUMN ai_category_reason text NOT NULL DEFAULT '' CHECK (length(ai_category_reason) <= 2000);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE task DROP COLUMN ai_output_status, DROP COLUMN ai_category_reason;
      DROP TABLE ai_use_approval, ai_use_checklist, ai_use_disclosure;
      DROP TYPE ai_output_status, ai_approval_category, principle_answer;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where and how the audience of a deliverable (the production, or one episode) is told of
 * deepfake-like content, and from when: the plan Article 50(4) of the EU AI Act asks a deployer
 * for (docs/governance.md, rule DEEPFAKE_DISCLOSURE_PLANNED). One current plan per deliverable;
 * earlier ones are in the audit log (before and after).
 */
export class DisclosurePlans1764000001803 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE disclosure_placement AS ENUM ('END_CREDITS', 'ON_SCREEN_LABEL', 'DESCRIPTION_METADATA', 'OPENING_CARD');
      CREATE TABLE disclosure_plan (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id  uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        episode_id     uuid REFERENCES episode(id) ON DELETE CASCADE,
        placements     disclosure_placement[] NOT NULL CHECK (cardinality(placements) BETWEEN 1 AND 4),
        how_told       text NOT NULL CHECK (length(trim(how_told)) BETWEEN 1 AND 4000),
        first_exposure text NOT NULL CHECK (length(trim(first_exposure)) BETWEEN 1 AND 1000),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        updated_by     uuid REFERENCES app_user(id)
      );
      CREATE UNIQUE INDEX disclosure_plan_deliverable_key ON disclosure_plan
        (production_id, coalesce(episode_id, '00000000-0000-0000-0000-000000000000'::uuid));
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disclosure_plan; DROP TYPE disclosure_placement;`);
  }
}

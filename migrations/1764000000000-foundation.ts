import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users with roles, and productions: what the sign-in and the dashboard shell need. */
export class Foundation1764000000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE user_role AS ENUM ('ADMIN', 'PLANNER', 'OPERATOR', 'REVIEWER', 'EXECUTIVE');

      CREATE TABLE app_user (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email         text NOT NULL,
        display_name  text NOT NULL,
        role          user_role NOT NULL,
        password_hash text NOT NULL,
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid REFERENCES app_user(id),
        updated_by    uuid REFERENCES app_user(id)
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      CREATE TABLE production (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code              text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
        title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        currency          char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        vfx_budget_minor  bigint NOT NULL CHECK (vfx_budget_minor >= 0),
        start_date        date NOT NULL,
        delivery_date     date NOT NULL,
        guild_covered     boolean NOT NULL DEFAULT false,
        country           char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        created_by        uuid REFERENCES app_user(id),
        updated_by        uuid REFERENCES app_user(id),
        CHECK (delivery_date >= start_date)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE production; DROP TABLE app_user; DROP TYPE user_role;`);
  }
}

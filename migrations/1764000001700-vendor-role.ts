import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The VENDOR production role (docs/decisions/0038-vendor-role.md): a membership that logs time and
 * records vendor AI runs only on the tasks of its production assigned to its company. The company
 * is on the membership (a VENDOR membership has one, no other has); the task names the company it
 * is assigned to. Checks compare role as text: a new enum value cannot be used in the transaction
 * that adds it.
 */
export class VendorRole1764000001700 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'VENDOR'`);
    await q.query(`
      ALTER TABLE production_membership DROP CONSTRAINT production_membership_role_check;
      ALTER TABLE production_membership
        ADD COLUMN company text CHECK (company IS NULL OR length(trim(company)) BETWEEN 1 AND 120),
        ADD CONSTRAINT production_membership_role_check
          CHECK (role::text IN ('PLANNER', 'OPERATOR', 'REVIEWER', 'VENDOR')),
        ADD CONSTRAINT production_membership_vendor_company
          CHECK ((role::text = 'VENDOR') = (company IS NOT NULL));
      ALTER TABLE task
        ADD COLUMN vendor_company text CHECK (vendor_company IS NULL OR length(trim(vendor_company)) BETWEEN 1 AND 120);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; VENDOR stays in user_role, unused.
    await q.query(`
      DELETE FROM production_membership WHERE role::text = 'VENDOR';
      ALTER TABLE task DROP COLUMN vendor_company;
      ALTER TABLE production_membership
        DROP CONSTRAINT production_membership_vendor_company,
        DROP CONSTRAINT production_membership_role_check,
        DROP COLUMN company,
        ADD CONSTRAINT production_membership_role_check CHECK (role IN ('PLANNER', 'OPERATOR', 'REVIEWER'));
    `);
  }
}

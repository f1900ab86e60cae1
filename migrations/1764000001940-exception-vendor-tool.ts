import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vendor tool an exception was raised on, when the use ran in a vendor's tool. Resolving the
 * exception checks the rule again with that tool standing in for the model, as when the run was
 * recorded: without it, the re-check weighed no tool, so its approval and data terms could not
 * fail, and an exception they caused could be resolved with nothing fixed. Earlier exceptions
 * keep null, and are re-checked without a tool, as before.
 */
const NONE = '00000000-0000-0000-0000-000000000000';

export class ExceptionVendorTool1764000001940 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE policy_exception ADD COLUMN vendor_tool_id uuid REFERENCES vendor_tool(id);
      COMMENT ON COLUMN policy_exception.vendor_tool_id IS 'The vendor tool the use ran in; null for pipeline jobs and deliveries.';
      -- One open exception per rule, task, model and tool: runs in two tools are two causes to fix.
      DROP INDEX policy_exception_open_key;
      CREATE UNIQUE INDEX policy_exception_open_key ON policy_exception (rule_id, task_id,
        coalesce(model_id, '${NONE}'::uuid), coalesce(vendor_tool_id, '${NONE}'::uuid)) WHERE status = 'OPEN';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    // Fails while two open exceptions differ only by tool: close one first.
    await q.query(`
      DROP INDEX policy_exception_open_key;
      ALTER TABLE policy_exception DROP COLUMN vendor_tool_id;
      CREATE UNIQUE INDEX policy_exception_open_key ON policy_exception
        (rule_id, task_id, coalesce(model_id, '${NONE}'::uuid)) WHERE status = 'OPEN';
    `);
  }
}

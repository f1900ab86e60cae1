import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AI done outside FrameLedger (docs/decisions/0014-external-ai-runs-in-the-run-ledger.md): vendor
 * tools approved per production, their price lists and credit plans (effective-dated), and the
 * vendor facts of an EXTERNAL run kept on the ai_run row itself, so every report that reads the
 * run ledger (and its aggregate triggers) counts it without learning a second table.
 */
export class VendorAi1764000000600 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE vendor_unit AS ENUM ('SECOND_OF_FOOTAGE', 'CREDIT', 'TOKEN', 'GPU_HOUR', 'FLAT');

      -- A vendor's AI tool, with what a reviewer asks of any model: licence and training data.
      CREATE TABLE vendor_tool (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor               text NOT NULL CHECK (length(vendor) BETWEEN 1 AND 120),
        name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        licence              text NOT NULL CHECK (length(licence) BETWEEN 1 AND 500),
        training_data        training_data_kind NOT NULL,
        training_data_notes  text NOT NULL DEFAULT '',
        created_at           timestamptz NOT NULL DEFAULT now(),
        created_by           uuid REFERENCES app_user(id),
        UNIQUE (vendor, name)
      );

      -- An admin's approval of a tool for one production's work (the MODEL_APPROVED rule reads it).
      CREATE TABLE vendor_tool_approval (
        tool_id        uuid NOT NULL REFERENCES vendor_tool(id) ON DELETE CASCADE,
        production_id  uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        approved_by    uuid REFERENCES app_user(id),
        approved_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tool_id, production_id)
      );

      -- A monthly plan: the fee buys an allowance of credits; each credit over it costs the overage price.
      CREATE TABLE vendor_plan (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tool_id                   uuid NOT NULL REFERENCES vendor_tool(id),
        name                      text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        currency                  char(3) NOT NULL,
        monthly_fee_minor         bigint NOT NULL CHECK (monthly_fee_minor >= 0),
        monthly_credits           numeric(20,6) NOT NULL CHECK (monthly_credits >= 0),
        overage_per_credit_minor  numeric(24,9) NOT NULL CHECK (overage_per_credit_minor >= 0),
        effective_from            date NOT NULL,
        effective_to              date,
        created_at                timestamptz NOT NULL DEFAULT now(),
        created_by                uuid REFERENCES app_user(id),
        UNIQUE (tool_id, name, effective_from),
        CHECK (effective_to IS NULL OR effective_to > effective_from)
      );

      -- One line of a tool's price list: money per unit, or credits per unit drawn from a plan.
      -- Lines of one tool and unit never overlap in time (checked under a lock on the tool's row).
      CREATE TABLE vendor_price (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tool_id               uuid NOT NULL REFERENCES vendor_tool(id),
        unit                  vendor_unit NOT NULL,
        currency              char(3) NOT NULL,
        price_per_unit_minor  numeric(24,9) CHECK (price_per_unit_minor >= 0),
        plan_id               uuid REFERENCES vendor_plan(id),
        credits_per_unit      numeric(20,6) CHECK (credits_per_unit >= 0),
        effective_from        date NOT NULL,
        effective_to          date,
        created_at            timestamptz NOT NULL DEFAULT now(),
        created_by            uuid REFERENCES app_user(id),
        CHECK ((plan_id IS NULL) = (credits_per_unit IS NULL)),
        CHECK ((plan_id IS NULL) = (price_per_unit_minor IS NOT NULL)),
        CHECK (effective_to IS NULL OR effective_to > effective_from)
      );
      CREATE INDEX vendor_price_tool_idx ON vendor_price (tool_id, unit, effective_from);

      -- The vendor facts of an EXTERNAL run (external_ref holds its invoice or PO reference). Older
      -- EXTERNAL rows (render logs) have none.
      ALTER TABLE ai_run
        ADD COLUMN vendor_tool_id  uuid REFERENCES vendor_tool(id),
        ADD COLUMN vendor_price_id uuid REFERENCES vendor_price(id),
        ADD COLUMN started_at      timestamptz,
        ADD COLUMN usage_unit      vendor_unit,
        ADD COLUMN usage_quantity  numeric(20,6) CHECK (usage_quantity >= 0),
        ADD COLUMN credits         numeric(20,6) CHECK (credits >= 0),
        ADD COLUMN operator        text,
        ADD CONSTRAINT ai_run_vendor_facts CHECK (vendor_tool_id IS NULL OR (source = 'EXTERNAL'
          AND vendor_price_id IS NOT NULL AND external_ref IS NOT NULL AND started_at IS NOT NULL AND started_at <= finished_at
          AND usage_unit IS NOT NULL AND usage_quantity IS NOT NULL AND operator IS NOT NULL));
      -- A plan month's runs, re-spread whenever one is added.
      CREATE INDEX ai_run_vendor_price_idx ON ai_run (vendor_price_id, finished_at) WHERE vendor_price_id IS NOT NULL;

      -- The files a vendor run delivered, each with what its C2PA manifest said when it was recorded.
      CREATE TABLE ai_run_output (
        ai_run_id    uuid NOT NULL REFERENCES ai_run(id) ON DELETE CASCADE,
        file_id      uuid NOT NULL REFERENCES stored_file(id),
        c2pa_status  text NOT NULL CHECK (c2pa_status IN ('VERIFIED', 'INVALID', 'UNVERIFIED', 'NONE')),
        c2pa_detail  text NOT NULL DEFAULT '',
        PRIMARY KEY (ai_run_id, file_id)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE ai_run_output;
      ALTER TABLE ai_run DROP COLUMN vendor_tool_id, DROP COLUMN vendor_price_id, DROP COLUMN started_at,
        DROP COLUMN usage_unit, DROP COLUMN usage_quantity, DROP COLUMN credits, DROP COLUMN operator;
      DROP TABLE vendor_price, vendor_plan, vendor_tool_approval, vendor_tool;
      DROP TYPE vendor_unit;
    `);
  }
}

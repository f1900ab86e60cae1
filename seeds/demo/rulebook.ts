import { EntityManager } from 'typeorm';
import { PORTFOLIO } from './productions';

/** DERRUMBE is a Netflix series, SAG-AFTRA 2026 and IATSE/TAG covered, released in the EU. */
export const DERRUMBE_PACKS = [
  'frameledger-core',
  'sag-aftra-tv-2026',
  'iatse-ba-2024',
  'tag-2024',
  'netflix-genai-2025-08',
  'eu-ai-act-art50',
];
/** Its FX collapse shot whose generated debris needed escalation, approved before the vendor run. */
export const ESCALATED_SHOT = 'COL010';
/** A planned FX shot whose check is still awaiting the distributor: any AI run on it is blocked. */
export const AWAITING_SHOT = 'COL170';
/** The archive upscale taken as AI-final, generative (it invents detail), approved and promoted to final. */
export const AI_FINAL_SHOT = 'ARCHIVE010';

const CONTACT = 'Netflix VFX production manager (demo contact)';
/** DERRUMBE's production-wide disclosure plan for deepfake-like content. */
export const DISCLOSURE_PLAN = {
  placements: ['END_CREDITS', 'DESCRIPTION_METADATA'],
  howTold:
    'The end credits list every digitally created or altered performance; the episode description says the series uses AI-generated imagery.',
  firstExposure: "In each episode's description, shown before playback, so no later than first exposure.",
};
const APPROVER = 'Netflix production technology (demo)';
const PLAN_DISCLOSED = '2025-06-24T10:00:00Z';

/**
 * The 2026 rulebook on DERRUMBE (issue 13), run after the other seeds so the runs they recorded
 * were checked under the packs of the time. The AI plan was disclosed to the distributor a week
 * before the production started, with the five principles all YES, for every task; three tasks
 * tell the other stories: an escalation that was approved, one still awaiting approval, and an
 * AI-final shot promoted to final with its written approval.
 */
export async function seedRulebook(manager: EntityManager): Promise<void> {
  const [production] = await manager.query(`SELECT id FROM production WHERE code = $1`, [PORTFOLIO.series]);
  await manager.query(`INSERT INTO production_rule_packs (production_id, packs) VALUES ($1, $2)`, [
    production.id,
    DERRUMBE_PACKS,
  ]);
  const task = async (shot: string, type: string): Promise<string> =>
    (
      await manager.query(
        `SELECT t.id FROM task t JOIN shot s ON s.id = t.shot_id WHERE t.production_id = $1 AND s.code = $2 AND t.task_type_code = $3`,
        [production.id, shot, type],
      )
    )[0].id;
  const escalated = await task(ESCALATED_SHOT, 'FX');
  const awaiting = await task(AWAITING_SHOT, 'FX');
  const aiFinal = await task(AI_FINAL_SHOT, 'UPSCALE');

  await manager.query(
    `INSERT INTO ai_use_disclosure (production_id, task_id, contact, disclosed_at, description)
     SELECT t.production_id, t.id, $2, $3, t.task_type_code || ' on ' || s.code || ': AI use as planned in the VFX bid'
       FROM task t JOIN shot s ON s.id = t.shot_id WHERE t.production_id = $1`,
    [production.id, CONTACT, PLAN_DISCLOSED],
  );
  await manager.query(
    `INSERT INTO ai_use_checklist (task_id, production_id, no_unowned_material, no_data_reuse, enterprise_secured,
       output_temporary, no_talent_replacement, involves_personal_data, involves_third_party_ip, answered_at)
     SELECT id, production_id, 'YES', 'YES', 'YES', 'YES', 'YES', false, false, $2
       FROM task WHERE production_id = $1 AND id <> ALL($3)`,
    [production.id, PLAN_DISCLOSED, [escalated, awaiting]],
  );
  // The debris is generated from a stock library the production licensed: "unsure" whether the
  // output replicates it, escalated, and approved four days before the first vendor run (5 Oct).
  await checklist(manager, escalated, production.id, 'no_unowned_material', '2026-09-28T09:00:00Z');
  await approval(
    manager,
    escalated,
    production.id,
    'ETHICS',
    'DERRUMBE-GENAI-ESC-001',
    '2026-10-01T16:00:00Z',
  );
  // Not yet known whether the vendor's tool runs in an enterprise-secured environment: awaiting.
  await checklist(manager, awaiting, production.id, 'enterprise_secured', '2026-11-20T09:00:00Z');

  await manager.query(
    `UPDATE task SET ai_category = 'GENERATIVE', ai_output_status = 'FINAL',
       ai_category_reason = 'Generative upscaling: the model invents detail that is not in the archive source.'
     WHERE id = $1`,
    [aiFinal],
  );
  // How the series tells its audience of any deepfake-like shot (EU AI Act Article 50(4)), for every episode.
  await manager.query(
    `INSERT INTO disclosure_plan (production_id, placements, how_told, first_exposure) VALUES ($1, $2, $3, $4)`,
    [production.id, DISCLOSURE_PLAN.placements, DISCLOSURE_PLAN.howTold, DISCLOSURE_PLAN.firstExposure],
  );
  // Every AI-final shot in the deliverable has its written approval, the archive one included.
  const finals: Array<{ id: string }> = await manager.query(
    `SELECT id FROM task WHERE production_id = $1 AND path = 'AI_FINAL' AND in_final_deliverable`,
    [production.id],
  );
  for (const { id } of finals) {
    await approval(
      manager,
      id,
      production.id,
      'FINAL_DELIVERABLE',
      'DERRUMBE-AI-FINAL-APPROVAL',
      '2026-03-30T12:00:00Z',
    );
  }
}

async function checklist(
  manager: EntityManager,
  taskId: string,
  productionId: string,
  unsure: 'no_unowned_material' | 'enterprise_secured',
  at: string,
) {
  await manager.query(
    `INSERT INTO ai_use_checklist (task_id, production_id, no_unowned_material, no_data_reuse, enterprise_secured,
       output_temporary, no_talent_replacement, involves_personal_data, involves_third_party_ip, answered_at)
     VALUES ($1, $2, 'YES', 'YES', 'YES', 'YES', 'YES', false, false, $3)`,
    [taskId, productionId, at],
  );
  await manager.query(`UPDATE ai_use_checklist SET ${unsure} = 'UNSURE' WHERE task_id = $1`, [taskId]);
}

async function approval(
  manager: EntityManager,
  taskId: string,
  productionId: string,
  category: string,
  documentRef: string,
  at: string,
) {
  await manager.query(
    `INSERT INTO ai_use_approval (production_id, task_id, category, approver, document_ref, approved_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [productionId, taskId, category, APPROVER, documentRef, at],
  );
}

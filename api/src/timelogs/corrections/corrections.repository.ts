import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EntryDraft } from '../entries/entry-checks';

/** A stored entry as a correction sees it: its fields, its production and whether its month is closed. */
export interface StoredEntry extends EntryDraft {
  id: string;
  productionId: string;
  roleId: string;
  reverses: string | null;
  corrects: string | null;
  monthClosed: boolean;
  /** The id of the entry that reverses it, if one does. */
  reversedBy: string | null;
}

/** SQL for changing, removing and reversing time entries. Call inside a transaction holding lockTimelogs. */
@Injectable()
export class CorrectionsRepository {
  async find(id: string, manager: EntityManager): Promise<StoredEntry | undefined> {
    const rows = await manager.query(
      `SELECT e.id, e.task_id AS "taskId", t.production_id AS "productionId", e.person, e.labour_role_id AS "roleId",
         r.code AS "roleCode", to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes, e.kind, e.note,
         e.reverses, e.corrects, l.month IS NOT NULL AS "monthClosed", v.id AS "reversedBy"
       FROM time_entry e JOIN task t ON t.id = e.task_id JOIN labour_role r ON r.id = e.labour_role_id
       LEFT JOIN period_lock l ON l.production_id = t.production_id AND l.month = date_trunc('month', e.work_date)::date
       LEFT JOIN time_entry v ON v.reverses = e.id
       WHERE e.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** The first day of the first month after `workDate`'s that the production has not closed. */
  async firstOpenDay(productionId: string, workDate: string, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      `SELECT to_char(m.month, 'YYYY-MM-DD') AS day
       FROM generate_series(date_trunc('month', $2::date) + interval '1 month', date_trunc('month', $2::date) + interval '100 years', interval '1 month') AS m(month)
       WHERE NOT EXISTS (SELECT 1 FROM period_lock l WHERE l.production_id = $1 AND l.month = m.month::date)
       ORDER BY m.month LIMIT 1`,
      [productionId, workDate],
    );
    return row.day;
  }

  /** Posts the reversing entry of `id` on `workDate`: the same task, person, role and kind, minutes negated. */
  async reverse(id: string, workDate: string, note: string, actorId: string, manager: EntityManager) {
    const [row] = await manager.query(
      `INSERT INTO time_entry (task_id, person, labour_role_id, work_date, minutes, kind, note, created_by, updated_by, reverses)
       SELECT task_id, person, labour_role_id, $2, -minutes, kind, $3, $4, $4, id FROM time_entry WHERE id = $1
       RETURNING id`,
      [id, workDate, note, actorId],
    );
    return row.id as string;
  }

  async update(id: string, draft: EntryDraft, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE time_entry SET task_id = $2, person = $3, labour_role_id = (SELECT id FROM labour_role WHERE code = $4),
         work_date = $5, minutes = $6, kind = $7, note = $8, updated_at = now(), updated_by = $9
       WHERE id = $1`,
      [
        id,
        draft.taskId,
        draft.person,
        draft.roleCode,
        draft.workDate,
        draft.minutes,
        draft.kind,
        draft.note,
        actorId,
      ],
    );
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM time_entry WHERE id = $1`, [id]);
  }
}

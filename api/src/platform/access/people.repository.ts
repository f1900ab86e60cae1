import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/roles';
import { isoTime } from '../../database/sql';
import { Membership } from '../auth/production-scope';

export type LinkPurpose = 'invite' | 'reset';

export interface PersonRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  lastSignInAt: string | null;
  invitationPending: boolean;
  memberships: Membership[];
}

export interface LinkRow {
  id: string;
  userId: string;
  purpose: LinkPurpose;
  expiresAt: string;
  usedAt: string | null;
  email: string;
  active: boolean;
}

// Invited and not yet accepted: an invitation exists and none of them was used.
const COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.active,
  ${isoTime('u.last_sign_in_at')} AS "lastSignInAt",
  (EXISTS (SELECT 1 FROM user_link l WHERE l.user_id = u.id AND l.purpose = 'invite')
   AND NOT EXISTS (SELECT 1 FROM user_link l WHERE l.user_id = u.id AND l.purpose = 'invite' AND l.used_at IS NOT NULL))
   AS "invitationPending",
  coalesce((SELECT json_agg(json_build_object('productionId', m.production_id, 'role', m.role, 'company', m.company)
                            ORDER BY m.production_id)
              FROM production_membership m WHERE m.user_id = u.id), '[]') AS memberships`;

/** People (app_user rows of kind 'person'; a tool's principal is no person) and their one-time links. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly db: DataSource) {}

  async list(): Promise<PersonRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM app_user u WHERE u.kind = 'person' ORDER BY lower(u.email)`);
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<PersonRow | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM app_user u WHERE u.id = $1 AND u.kind = 'person'`,
      [id],
    );
    return rows[0];
  }

  async emailTaken(email: string, manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [email])).length > 0;
  }

  /**
   * An invited person has no usable password ('!' matches none) until they accept; one created by
   * single sign-on (createdBy null: nobody invited them) has none at all.
   */
  async insertInvited(
    person: { email: string; displayName: string; role: Role; createdBy: string | null },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, created_by) VALUES ($1, $2, $3, '!', $4) RETURNING id`,
      [person.email, person.displayName, person.role, person.createdBy],
    );
    return id;
  }

  async setRole(id: string, role: Role, by: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE app_user SET role = $2, updated_at = now(), updated_by = $3 WHERE id = $1`, [
      id,
      role,
      by,
    ]);
  }

  async setActive(id: string, active: boolean, by: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE app_user SET active = $3, updated_at = now(), updated_by = $2 WHERE id = $1`,
      [id, by, active],
    );
  }

  async setPassword(id: string, passwordHash: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE app_user SET password_hash = $2, updated_at = now(), updated_by = $1 WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** A new link voids the person's earlier unused ones, so only the latest link handed out works. */
  async insertLink(
    link: { userId: string; purpose: LinkPurpose; hash: Buffer; expiresAt: Date; createdBy: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_link SET expires_at = least(expires_at, now()) WHERE user_id = $1 AND used_at IS NULL`,
      [link.userId],
    );
    await manager.query(
      `INSERT INTO user_link (user_id, purpose, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [link.userId, link.purpose, link.hash, link.expiresAt, link.createdBy],
    );
  }

  /** The link, locked so two uses at once cannot both succeed. */
  async lockLink(hash: Buffer, manager: EntityManager): Promise<LinkRow | undefined> {
    const rows = await manager.query(
      `SELECT l.id, l.user_id AS "userId", l.purpose, ${isoTime('l.expires_at')} AS "expiresAt",
              ${isoTime('l.used_at')} AS "usedAt", u.email, u.active
       FROM user_link l JOIN app_user u ON u.id = l.user_id WHERE l.token_hash = $1 FOR UPDATE OF l`,
      [hash],
    );
    return rows[0];
  }

  async useLink(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE user_link SET used_at = now() WHERE id = $1`, [id]);
  }
}

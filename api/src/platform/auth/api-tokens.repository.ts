import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/roles';
import { isoTime } from '../../database/sql';
import { ApiScope } from './scopes';

export interface ApiTokenRow {
  id: string;
  name: string;
  role: Role;
  scopes: ApiScope[];
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  createdBy: string;
  /** The productions the token is limited to (its principal's memberships); empty: every production. */
  productionIds: string[];
}

const COLUMNS = `t.id, t.name, u.role, t.scopes, ${isoTime('t.expires_at')} AS "expiresAt",
  ${isoTime('t.last_used_at')} AS "lastUsedAt", ${isoTime('t.revoked_at')} AS "revokedAt",
  ${isoTime('t.created_at')} AS "createdAt", t.created_by AS "createdBy",
  ARRAY(SELECT m.production_id FROM production_membership m WHERE m.user_id = t.id ORDER BY m.production_id)
    AS "productionIds"`;

@Injectable()
export class ApiTokensRepository {
  constructor(private readonly db: DataSource) {}

  /** The token and its principal (an app_user of kind 'tool', never able to sign in with a password). */
  async insert(
    token: { name: string; role: Role; scopes: ApiScope[]; hash: Buffer; expiresAt: Date; createdBy: string },
    manager: EntityManager,
  ): Promise<ApiTokenRow> {
    const [{ id }] = await manager.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, kind, created_by)
       VALUES ('token-' || gen_random_uuid() || '@api-token.invalid', $1, $2, '!', 'tool', $3) RETURNING id`,
      [token.name, token.role, token.createdBy],
    );
    await manager.query(
      `INSERT INTO api_token (id, name, scopes, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, token.name, token.scopes, token.hash, token.expiresAt, token.createdBy],
    );
    return (await this.findById(id, manager))!;
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<ApiTokenRow | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM api_token t JOIN app_user u ON u.id = t.id WHERE t.id = $1`,
      [id],
    );
    return rows[0];
  }

  async findByHash(hash: Buffer): Promise<ApiTokenRow | undefined> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM api_token t JOIN app_user u ON u.id = t.id WHERE t.token_hash = $1`,
      [hash],
    );
    return rows[0];
  }

  /** Newest first, revoked ones too (an admin reads when and by whom). */
  async list(): Promise<ApiTokenRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM api_token t JOIN app_user u ON u.id = t.id ORDER BY t.created_at DESC, t.id`,
    );
  }

  async nameTaken(name: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM api_token WHERE lower(name) = lower($1) AND revoked_at IS NULL`,
      [name],
    );
    return rows.length > 0;
  }

  /** Revokes the token and deactivates its principal in one step; false if it was revoked already. */
  async revoke(id: string, by: string, manager: EntityManager): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected]: [unknown[], number] = await manager.query(
      `UPDATE api_token SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [id, by],
    );
    if (affected === 0) return false;
    await manager.query(
      `UPDATE app_user SET active = false, updated_at = now(), updated_by = $2 WHERE id = $1`,
      [id, by],
    );
    return true;
  }

  /** Last use to the minute: a tool calling many times a second writes once a minute, not each time. */
  async touch(id: string): Promise<void> {
    await this.db.query(
      `UPDATE api_token SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/roles';
import { membershipsOf } from './memberships.repository';
import { Membership } from './production-scope';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  active: boolean;
  /** 'tool': the principal of an API token, which never signs in with a password. */
  kind: 'person' | 'tool';
}

const COLUMNS = `id, email, display_name AS "displayName", role, password_hash AS "passwordHash", active, kind`;

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM app_user WHERE lower(email) = lower($1)`, [
      email,
    ]);
    return rows[0];
  }

  async findById(id: string): Promise<UserRow | undefined> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM app_user WHERE id = $1`, [id]);
    return rows[0];
  }

  /**
   * The user with their production memberships (ordered by production), in one read: what every
   * request's bearer check needs, re-read each time so a change counts at once.
   */
  async findWithMemberships(id: string): Promise<(UserRow & { memberships: Membership[] }) | undefined> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS}, ${membershipsOf('app_user.id')} AS memberships FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async recordSignIn(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE app_user SET last_sign_in_at = now() WHERE id = $1`, [id]);
  }

  async count(manager: EntityManager = this.db.manager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM app_user`);
    return n;
  }

  /** Inserts or, for an existing email, leaves the row as it is (seeds run more than once). */
  async ensure(
    user: { email: string; displayName: string; role: Role; passwordHash: string },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower(email)) DO NOTHING`,
      [user.email, user.displayName, user.role, user.passwordHash],
    );
  }
}

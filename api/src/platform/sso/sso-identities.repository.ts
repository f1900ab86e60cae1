import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** SQL for sso_identity: which person a provider's (issuer, subject) is. */
@Injectable()
export class SsoIdentitiesRepository {
  /** The person this provider account signs in as, if it signed in before. */
  async userOf(issuer: string, subject: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(
      `SELECT user_id AS "userId" FROM sso_identity WHERE issuer = $1 AND subject = $2`,
      [issuer, subject],
    );
    return row?.userId;
  }

  /** The subject a person is linked to at this issuer, if any. */
  async subjectOf(userId: string, issuer: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(`SELECT subject FROM sso_identity WHERE user_id = $1 AND issuer = $2`, [
      userId,
      issuer,
    ]);
    return row?.subject;
  }

  async link(issuer: string, subject: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO sso_identity (issuer, subject, user_id) VALUES ($1, $2, $3)`, [
      issuer,
      subject,
      userId,
    ]);
  }
}

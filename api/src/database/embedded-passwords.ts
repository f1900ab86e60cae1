import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixed password data folders were initialised with before passwords were random. */
export const LEGACY_SUPERUSER_PASSWORD = 'frameledger';

export const PASSWORDS_FILE = 'database-passwords.json';

export interface DatabasePasswords {
  /** The embedded cluster's bootstrap superuser (owner of the database; runs migrations). */
  superuser: string;
  /** The app role the api and workers connect as. */
  app: string;
}

/**
 * The embedded database's passwords, random per data folder and kept in it (mode 0600), so a
 * copy of the code or the README gives nobody a way into another machine's database.
 */
export function databasePasswords(dataDir: string): DatabasePasswords {
  const file = join(dataDir, PASSWORDS_FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DatabasePasswords>;
    if (typeof stored.superuser === 'string' && typeof stored.app === 'string') {
      return { superuser: stored.superuser, app: stored.app };
    }
  }
  const fresh = { superuser: secret(), app: secret() };
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify(fresh), { mode: 0o600 });
  renameSync(temporary, file);
  return fresh;
}

const secret = () => randomBytes(24).toString('base64url');

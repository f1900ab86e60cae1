import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CHECKPOINTS_FILE = 'audit-checkpoints.jsonl';
export const FINDINGS_FILE = 'audit-findings.jsonl';

/**
 * An append-only JSON-lines file in the data folder. It lives outside the database on purpose:
 * someone who can rewrite the tables cannot rewrite what the server wrote here.
 */
export class JsonLinesFile<T> {
  constructor(readonly path: string) {}

  static inDataDir<T>(dataDir: string, name: string): JsonLinesFile<T> {
    return new JsonLinesFile<T>(join(dataDir, name));
  }

  /** Every whole line; a torn last line (a crash mid-write) is skipped. */
  read(): T[] {
    if (!existsSync(this.path)) return [];
    const rows: T[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        rows.push(JSON.parse(line) as T);
      } catch {
        // A partial line from an interrupted append: the next append starts a fresh line.
      }
    }
    return rows;
  }

  append(rows: readonly T[]): void {
    if (!rows.length) return;
    appendFileSync(this.path, `\n${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, { mode: 0o600 });
  }
}

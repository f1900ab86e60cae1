import { EntityManager } from 'typeorm';

// PostgreSQL takes at most 65,535 parameters in one statement.
const MAX_PARAMS = 60_000;

/**
 * Multi-row INSERT: one statement per 60,000 values, so the portfolio's few thousand rows load in
 * a handful of round trips. Parameter types come from the target columns.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const values = rows.slice(start, start + perStatement).map((row) => {
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

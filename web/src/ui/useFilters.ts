import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Filters kept in the address (?productionId=...&from=...), so a filtered view survives a reload
 * and can be sent to a colleague. Unset filters are "". `set` changes one filter, `setMany` several
 * in one step.
 */
export function useFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
    [keys, params],
  );
  const setMany = useCallback(
    (changes: Partial<Record<K, string>>) => {
      // From the address as it is now, not as last rendered: the router renders a change later (a
      // transition), and a second change made before that (two filters picked in quick
      // succession) would otherwise start from the old address and undo the first.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes) as Array<[K, string | undefined]>) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  const set = useCallback(
    (key: K, value: string) => setMany({ [key]: value } as Partial<Record<K, string>>),
    [setMany],
  );
  return [values, set, setMany] as const;
}

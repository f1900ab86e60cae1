import { useState } from 'react';

/**
 * A dry run belongs to exactly the file and options it checked: `dryRun` is the last result
 * only while the variables are still those (`key`), and `stale` says they have changed since.
 */
export function useDryRun<R>(key: string) {
  const [checked, setChecked] = useState<{ key: string; result: R }>();
  return {
    dryRun: checked?.key === key ? checked.result : undefined,
    stale: checked !== undefined && checked.key !== key,
    record: (result: R) => setChecked({ key, result }),
  };
}

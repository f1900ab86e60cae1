import type { ReactNode } from 'react';

/** A row of filters that apply as they change (no submit), announced as a search region. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

import { useState } from 'react';

/** How many items a "Show more" list asks for: one more page each click. */
export function usePageCount(pageSize: number) {
  const [pages, setPages] = useState(1);
  return { first: pageSize * pages, more: () => setPages((n) => n + 1) };
}

export function ShowMore({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean | undefined;
  loading: boolean;
  onMore(): void;
}) {
  if (!hasMore) return null;
  return (
    <button type="button" className="button" onClick={onMore} disabled={loading}>
      {loading ? 'Loading…' : 'Show more'}
    </button>
  );
}

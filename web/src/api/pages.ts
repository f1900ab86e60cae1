/** One page of a Relay connection, reduced to its items and where the next page starts. */
export interface Page<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every item of a connection, page after page (for the few places that need a whole list). */
export async function allPages<T>(page: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const next = await page(after);
    items.push(...next.items);
    after = next.pageInfo.hasNextPage ? (next.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return items;
}

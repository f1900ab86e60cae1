/** Enum codes as words a planner reads: "AI_ASSISTED" -> "AI assisted", "EMPLOYMENT_REPLICA" -> "Employment replica". */
export function codeToWords(code: string): string {
  const words = code.toLowerCase().split('_');
  return words
    .map((w, i) =>
      w === 'ai' || w === 'gpu' || w === 'fte'
        ? w.toUpperCase()
        : i === 0
          ? w[0].toUpperCase() + w.slice(1)
          : w,
    )
    .join(' ');
}

/** The first 12 hex characters of a hash, for tables (the full hash sits in the title). */
export const shortHash = (hash: string | null | undefined): string => (hash ? `${hash.slice(0, 12)}…` : '—');

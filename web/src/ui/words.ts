import { codeName } from '@frameledger/analytics';

/**
 * Enum codes as the names people read: "GENERATIVE_WORKER_NOTICE" -> "Worker notice of generative
 * AI", "AI_ASSISTED" -> "AI assisted". One map for the dashboard and the PDF (analytics/src/names.ts).
 */
export const codeToWords = (code: string): string => codeName(code);

/** The first 12 hex characters of a hash, for tables (the full hash sits in the title). */
export const shortHash = (hash: string | null | undefined): string => (hash ? `${hash.slice(0, 12)}…` : '—');

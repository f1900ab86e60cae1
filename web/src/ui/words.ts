import { codeName } from '@frameledger/analytics';

/**
 * Enum codes as the names people read: "GENERATIVE_WORKER_NOTICE" -> "Worker notice of generative
 * AI", "AI_ASSISTED" -> "AI assisted". One map for the dashboard and the PDF (analytics/src/names.ts).
 */
export const codeToWords = (code: string): string => codeName(code);

/** The first 12 hex characters of a hash, for tables (the full hash sits in the title). */
export const shortHash = (hash: string | null | undefined): string => (hash ? `${hash.slice(0, 12)}…` : '—');

/** A tool's data terms in one line, as Netflix's principles 2 and 3 weigh them. */
export const dataTermsWords = (terms: {
  trainsOnInputs: string;
  retentionDays?: number | null;
  enterpriseAgreement: boolean;
}): string =>
  [
    `trains on inputs: ${terms.trainsOnInputs.toLowerCase()}`,
    `keeps inputs: ${terms.retentionDays == null ? 'unknown' : `${terms.retentionDays} days`}`,
    terms.enterpriseAgreement ? 'enterprise agreement' : 'no enterprise agreement',
  ].join(' · ');

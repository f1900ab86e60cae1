import { formatQuantity } from '@frameledger/analytics';

/** A count or measure for people: "1,234.5" in en-US, "1.234,5" in es-AR (analytics' formatter, as the server's sentences). */
export const formatNumber = (value: number, digits = 1, locale = navigator.language): string =>
  formatQuantity(value, digits, locale);

/** Hours with their unit: "12.5 h". */
export const formatHours = (hours: number, locale = navigator.language): string =>
  `${formatNumber(hours, 1, locale)} h`;

/** A share 0..1 as a percentage: 0.256 -> "25.6%". */
export const formatPercent = (share: number, locale = navigator.language): string =>
  `${formatNumber(share * 100, 1, locale)}%`;

/** Machine time: "850 ms", "42.3 s", "1 h 04 min". */
export function formatDuration(ms: number, locale = navigator.language): string {
  if (ms < 1000) return `${formatNumber(ms, 0, locale)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, 1, locale)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

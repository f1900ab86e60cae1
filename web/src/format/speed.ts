import { formatNumber } from './numbers';

/**
 * A shot's speed effect in words, from its time scalar (source frames per timeline frame, as
 * OpenTimelineIO states it): null or 1 plays at speed (no words), 0 holds a frame, 2 is double
 * speed, 0.5 half, and a negative scalar plays reversed.
 */
export function formatSpeedEffect(
  timeScalar: number | null | undefined,
  locale = navigator.language,
): string {
  if (timeScalar === null || timeScalar === undefined || timeScalar === 1) return '';
  if (timeScalar === 0) return 'freeze frame';
  const speed = `${formatNumber(Math.abs(timeScalar), 4, locale)}× speed`;
  return timeScalar < 0 ? `reversed, ${speed}` : speed;
}

/**
 * Waits out the last 20 seconds of a UTC day. Tests that compare "as of today" with "as of yesterday"
 * around a change need the change and every read on one calendar day: begun at 23:59:50, the
 * change could land on tomorrow and "today" would rightly not show it.
 */
export async function clearOfMidnightUtc(marginMs = 20_000): Promise<void> {
  const now = Date.now();
  const toMidnight = 86_400_000 - (now % 86_400_000);
  if (toMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1_000));
}

/**
 * "$148,305.61" or "($43,382.60)" (the dashboard's negative, in parentheses) as integer cents, for
 * adding up what an en-US page shows.
 */
export function usdCents(text: string | null): number {
  const match = text?.replace(/\s/g, '').match(/^(\()?\$([\d,]+)\.(\d{2})(\))?$/);
  if (!match || Boolean(match[1]) !== Boolean(match[4]))
    throw new Error(`"${text}" is not a US dollar amount`);
  const cents = Number(match[2].replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] ? -cents : cents;
}

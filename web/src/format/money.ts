/** Money as the api sends it: minor units as a string of digits, the ISO 4217 code, and a display string. */
export interface MoneyValue {
  amountMinor: string;
  currency: string;
  formatted: string;
}

export const formatMoneyFor = (money: MoneyValue): string => money.formatted;

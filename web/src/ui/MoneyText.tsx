import { formatMoneyFor, type MoneyValue } from '../format/money';

/** An amount in its currency, formatted for the reader's locale, with the ISO code for screen readers. */
export function MoneyText({ money }: { money: MoneyValue }) {
  return (
    <span className="money" title={`${money.amountMinor} minor units of ${money.currency}`}>
      {formatMoneyFor(money)}
    </span>
  );
}

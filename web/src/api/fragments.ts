import { graphql } from '../gql';

/** Every Money field the dashboard reads: exact minor units, currency, and the api's rendering. */
export const MoneyFields = graphql(`
  fragment MoneyFields on Money {
    amountMinor
    currency
    formatted
  }
`);

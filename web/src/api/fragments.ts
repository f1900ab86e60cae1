import { graphql } from '../gql';

/** Every Money field the dashboard reads: exact minor units, currency, and the api's rendering. */
export const MoneyFields = graphql(`
  fragment MoneyFields on Money {
    amountMinor
    currency
    formatted
  }
`);

/** A time entry a report could not price: its role has no rate on the production's card. */
export const MissingRateFields = graphql(`
  fragment MissingRateFields on MissingRate {
    timeEntryId
    production
    role
    workDate
    hours
  }
`);

/** How a figure was made: its lines (what, how much, at what rate, adding what) and the records behind each. */
export const WorkingFields = graphql(`
  fragment WorkingFields on Working {
    note
    lines(first: 100) {
      totalCount
      edges {
        node {
          label
          quantity
          unit
          rate {
            ...MoneyFields
          }
          amount {
            ...MoneyFields
          }
          refs(first: 12) {
            totalCount
            nodes {
              id
              kind
              name
            }
          }
        }
      }
    }
  }
`);

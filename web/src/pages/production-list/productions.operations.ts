import { graphql } from '../../gql';

export const ProductionsQuery = graphql(`
  query Productions($first: Int!, $after: String) {
    productions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          title
          country
          currency
          reportingCurrency
          startDate
          deliveryDate
          guildCovered
          vfxBudget {
            ...MoneyFields
          }
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

export const ProductionHeaderQuery = graphql(`
  query ProductionHeader($id: ID!) {
    production(id: $id) {
      id
      code
      title
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
`);

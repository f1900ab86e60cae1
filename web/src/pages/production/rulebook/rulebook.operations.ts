import { graphql } from '../../../gql';

export const ProductionRulePacksQuery = graphql(`
  query ProductionRulePacks($productionId: ID!) {
    rulePacks(productionId: $productionId) {
      id
      title
      source
      effectiveFrom
      effectiveTo
      chosen
      rules {
        id
        text
        severity
      }
    }
  }
`);

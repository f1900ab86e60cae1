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
        defaultSeverity
      }
    }
    disclosurePlans(productionId: $productionId) {
      id
      deliverable
      placements
      howTold
      firstExposure
    }
  }
`);

export const SetPolicySeverityMutation = graphql(`
  mutation SetPolicySeverity($productionId: ID!, $ruleId: PolicyRuleId!, $severity: PolicySeverity!) {
    setPolicySeverity(productionId: $productionId, ruleId: $ruleId, severity: $severity) {
      id
      severity
    }
  }
`);

import { graphql } from '../../../gql';

export const FrontierQuery = graphql(`
  query PlanFrontier($productionId: ID!, $scenarioId: ID) {
    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {
      exact
      totalPoints
      displacementCapHours
      maxGapHours
      maxGapCost {
        ...MoneyFields
      }
      budgetBeforeContingency {
        ...MoneyFields
      }
      points {
        index
        displacedHours
        cost {
          ...MoneyFields
        }
        paths {
          path
          tasks
        }
      }
      leastDisplacementWithinBudget {
        status
        message
        point {
          index
        }
      }
      cheapestWithinDisplacementCap {
        status
        message
        point {
          index
        }
      }
    }
  }
`);

export const CurrentPlanCostQuery = graphql(`
  query CurrentPlanCost($productionId: ID!, $scenarioId: ID) {
    feasibility(productionId: $productionId, scenarioId: $scenarioId) {
      estimateAtCompletion {
        ...MoneyFields
      }
    }
  }
`);

export const PlanAdoptionPreviewQuery = graphql(`
  query PlanAdoptionPreview($productionId: ID!, $scenarioId: ID, $index: Int!) {
    planAdoptionPreview(productionId: $productionId, scenarioId: $scenarioId, index: $index) {
      index
      fingerprint
      costEffect {
        ...MoneyFields
      }
      changes {
        taskId
        task
        from
        to
        costEffect {
          ...MoneyFields
        }
      }
      kept {
        taskId
        task
        path
        wanted
        reason
      }
    }
  }
`);

export const AdoptFrontierPointMutation = graphql(`
  mutation AdoptFrontierPoint($productionId: ID!, $scenarioId: ID, $index: Int!, $fingerprint: String!) {
    adoptFrontierPoint(
      productionId: $productionId
      scenarioId: $scenarioId
      index: $index
      fingerprint: $fingerprint
    ) {
      adoptionId
      index
      changed
      kept {
        taskId
        task
        path
        wanted
        reason
      }
    }
  }
`);

export const UndoPlanAdoptionMutation = graphql(`
  mutation UndoPlanAdoption($adoptionId: ID!) {
    undoPlanAdoption(adoptionId: $adoptionId) {
      adoptionId
      restored {
        taskId
        task
        from
        to
      }
    }
  }
`);

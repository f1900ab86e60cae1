import { graphql } from '../../../gql';

export const FrontierQuery = graphql(`
  query PlanFrontier($productionId: ID!, $scenarioId: ID) {
    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {
      exact
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
      planCost {
        ...MoneyFields
      }
    }
  }
`);

export const FrontierChoicesQuery = graphql(`
  query FrontierChoices($productionId: ID!, $scenarioId: ID, $after: String) {
    planFrontier(productionId: $productionId, scenarioId: $scenarioId) {
      points {
        index
        choices(first: 100, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              taskId
              task
              path
            }
          }
        }
      }
    }
  }
`);

export const SetTaskPathMutation = graphql(`
  mutation SetTaskPath($id: ID!, $path: TaskPath!) {
    updateTask(id: $id, input: { path: $path }) {
      id
      path
    }
  }
`);

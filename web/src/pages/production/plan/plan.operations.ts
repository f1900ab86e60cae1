import { graphql } from '../../../gql';

export const ScenariosQuery = graphql(`
  query Scenarios($productionId: ID!) {
    scenarios(productionId: $productionId, first: 100) {
      edges {
        node {
          id
          name
          updatedAt
          assumptions {
            aiReviewHoursPerTask
            contingencyPercent
            gpuCount
            gpuDeviceClass
            gpuSecondsPerFrame
            hoursPerWeek
            reworkRatePercent
            gpuPricePerHour {
              ...MoneyFields
            }
            headcounts {
              roleCode
              people
            }
            pathByTaskType {
              taskTypeCode
              path
            }
          }
        }
      }
    }
  }
`);

export const PlanBasisFields = graphql(`
  fragment PlanBasisFields on PlanBasis {
    planDate
    scenario
    asOf
    tasks
    unbidTasks
  }
`);

export const FeasibilityQuery = graphql(`
  query Feasibility($productionId: ID!, $scenarioId: ID) {
    feasibility(productionId: $productionId, scenarioId: $scenarioId) {
      verdict
      summary
      scheduleWeeks
      weeksToDelivery
      basis {
        ...PlanBasisFields
      }
      budget {
        ...MoneyFields
      }
      actualToDate {
        ...MoneyFields
      }
      estimateToComplete {
        ...MoneyFields
      }
      estimateAtCompletion {
        ...MoneyFields
      }
      contingency {
        ...MoneyFields
      }
      totalCost {
        ...MoneyFields
      }
      headroom {
        ...MoneyFields
      }
      variance {
        ...MoneyFields
      }
      assumptions {
        kind
        name
        hours
        sentence
      }
      binding {
        kind
        name
        utilisation
        weeks
      }
      constraints {
        kind
        name
        utilisation
        weeks
      }
    }
  }
`);

export const FeasibilityWorkingQuery = graphql(`
  query FeasibilityWorking($productionId: ID!, $scenarioId: ID) {
    feasibility(productionId: $productionId, scenarioId: $scenarioId) {
      working {
        ...WorkingFields
      }
    }
  }
`);

export const RiskQuery = graphql(`
  query Risk($productionId: ID!, $scenarioId: ID) {
    riskProfile(productionId: $productionId, scenarioId: $scenarioId) {
      method
      draws
      seed
      probabilityWithinBudget
      budget {
        ...MoneyFields
      }
      mean {
        ...MoneyFields
      }
      p10 {
        ...MoneyFields
      }
      p50 {
        ...MoneyFields
      }
      p80 {
        ...MoneyFields
      }
      p90 {
        ...MoneyFields
      }
      histogram {
        count
        from {
          ...MoneyFields
        }
        to {
          ...MoneyFields
        }
      }
    }
  }
`);

export const CreateScenarioMutation = graphql(`
  mutation CreateScenario($input: CreateScenarioInput!) {
    createScenario(input: $input) {
      id
      name
    }
  }
`);

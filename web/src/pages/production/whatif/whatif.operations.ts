import { graphql } from '../../../gql';

export const WhatIfTasksQuery = graphql(`
  query WhatIfTasks($productionId: ID!, $after: String) {
    tasks(productionId: $productionId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          complexity
          path
          status
          aiForbidden
          plannedAiReviewHours
          baselineHoursOverride
          baseline {
            hours
          }
          shot {
            code
            frameCount
          }
          taskType {
            code
            name
            baselineRole {
              code
            }
          }
        }
      }
    }
  }
`);

export const WhatIfPricesQuery = graphql(`
  query WhatIfPrices($productionId: ID!) {
    production(id: $productionId) {
      id
      currency
      startDate
      deliveryDate
      vfxBudget {
        ...MoneyFields
      }
    }
    rateCards(productionId: $productionId, first: 100) {
      edges {
        node {
          name
          currency
          effectiveFrom
          productionId
          hoursPerDay
          lines {
            role {
              code
              name
            }
            loadedRateWorking {
              exactMinorPerHour
            }
          }
        }
      }
    }
    taskTypes(first: 100) {
      edges {
        node {
          code
          bidTemplates {
            name
            complexity
            unit
            optimistic
            mostLikely
            pessimistic
          }
        }
      }
    }
    computeRates(first: 100) {
      edges {
        node {
          deviceClass
          effectiveFrom
          pricePerHour {
            ...MoneyFields
          }
        }
      }
    }
    fxRates(first: 100) {
      edges {
        node {
          currency
          reportingCurrency
          quarter
          rate
        }
      }
    }
  }
`);

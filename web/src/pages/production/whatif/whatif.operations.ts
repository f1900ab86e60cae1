import { graphql } from '../../../gql';

// The plan's inputs as the server's plan reports read them, exact (decimals as text), the tasks
// a page at a time: the what-if runs the same plan model on them (analytics/src/plan).
export const PlanInputsQuery = graphql(`
  query PlanInputs($productionId: ID!, $after: String) {
    planInputs(productionId: $productionId) {
      productionId
      currency
      budget {
        ...MoneyFields
      }
      planDate
      asOf
      spentOutsidePlan {
        ...MoneyFields
      }
      daysToDelivery
      hoursPerDay
      gpuPrices {
        deviceClass
        pricePerHour {
          ...MoneyFields
        }
      }
      tasks(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            label
            taskTypeCode
            taskTypeName
            roleCode
            rateMinorPerHour
            path
            aiForbidden
            done
            complexity
            frameCount
            baselineHoursOverride
            bidUnit
            bidOptimistic
            bidMostLikely
            bidPessimistic
            plannedReviewHours
            actualMinor
          }
        }
      }
    }
  }
`);

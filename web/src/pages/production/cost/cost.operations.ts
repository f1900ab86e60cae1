import { graphql } from '../../../gql';

export const CostReportQuery = graphql(`
  query CostReport($productionId: ID!, $asOf: String!) {
    costReport(productionId: $productionId, asOf: $asOf) {
      asOf
      currency
      missingRates {
        ...MissingRateFields
      }
      vfxBudget {
        ...MoneyFields
      }
      totals {
        budget {
          ...MoneyFields
        }
        bid {
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
        variance {
          ...MoneyFields
        }
        bidVariance {
          ...MoneyFields
        }
      }
      lines {
        taskType
        tasks
        budget {
          ...MoneyFields
        }
        bid {
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
        variance {
          ...MoneyFields
        }
        bidVariance {
          ...MoneyFields
        }
      }
    }
  }
`);

export const CostWorkingQuery = graphql(`
  query CostWorking($productionId: ID!, $asOf: String!) {
    costReport(productionId: $productionId, asOf: $asOf) {
      totals {
        working {
          ...WorkingFields
        }
      }
      lines {
        taskType
        working {
          ...WorkingFields
        }
      }
    }
  }
`);

export const BidVsActualQuery = graphql(`
  query BidVsActual($productionId: ID!, $groupBy: BidGrouping!) {
    bidVsActual(productionId: $productionId, groupBy: $groupBy) {
      currency
      missingRates {
        ...MissingRateFields
      }
      totals {
        tasks
        bidHours
        actualHours
        hoursVariance
        bidCost {
          ...MoneyFields
        }
        actualCost {
          ...MoneyFields
        }
        costVariance {
          ...MoneyFields
        }
      }
      rows {
        key
        tasks
        bidHours
        actualHours
        hoursVariance
        bidCost {
          ...MoneyFields
        }
        actualCost {
          ...MoneyFields
        }
        costVariance {
          ...MoneyFields
        }
      }
    }
  }
`);

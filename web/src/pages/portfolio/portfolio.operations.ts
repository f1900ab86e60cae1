import { graphql } from '../../gql';

export const PortfolioSummaryQuery = graphql(`
  query PortfolioSummary($quarter: String!, $currency: String!, $productionIds: [ID!]) {
    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {
      quarter
      from
      to
      currency
      totalSpend {
        ...MoneyFields
      }
      humanSpend {
        value {
          ...MoneyFields
        }
      }
      aiSpend {
        value {
          ...MoneyFields
        }
      }
      allHumanBaseline {
        value {
          ...MoneyFields
        }
      }
      aiPathCost {
        value {
          ...MoneyFields
        }
      }
      savings {
        value {
          ...MoneyFields
        }
      }
      aiShareOfTasks
      aiShareOfHours
      aiTasksWorked
      tasksWorked
      aiTaskHours
      hoursLogged
      machineHours
      finishedAiTasks
      speedUp {
        median
        tasks
      }
      labourTotals {
        displacedHours
        createdHours
        netHours
        displacedFte
        createdFte
        netFte
        wagesDisplaced {
          ...MoneyFields
        }
      }
      labourByRole {
        role
        displacedHours
        createdHours
        netHours
      }
      missingRates {
        ...MissingRateFields
      }
    }
  }
`);

export const PortfolioTrendQuery = graphql(`
  query PortfolioTrend($quarter: String!, $currency: String!, $productionIds: [ID!]) {
    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {
      quarter
      humanSpend {
        value {
          ...MoneyFields
        }
      }
      aiSpend {
        value {
          ...MoneyFields
        }
      }
      savings {
        value {
          ...MoneyFields
        }
      }
    }
  }
`);

export const PortfolioWorkingQuery = graphql(`
  query PortfolioWorking($quarter: String!, $currency: String!, $productionIds: [ID!]) {
    quarterlySummary(quarter: $quarter, currency: $currency, productionIds: $productionIds) {
      humanSpend {
        working {
          ...WorkingFields
        }
      }
      aiSpend {
        working {
          ...WorkingFields
        }
      }
      allHumanBaseline {
        working {
          ...WorkingFields
        }
      }
      aiPathCost {
        working {
          ...WorkingFields
        }
      }
      savings {
        working {
          ...WorkingFields
        }
      }
      speedUp {
        working {
          ...WorkingFields
        }
      }
      labourTotals {
        working {
          ...WorkingFields
        }
      }
    }
  }
`);

/** Every currency the FX table converts into or from: each can be a reporting currency. */
export const FxCurrenciesQuery = graphql(`
  query FxCurrencies {
    fxRates(first: 100) {
      edges {
        node {
          currency
          reportingCurrency
        }
      }
    }
  }
`);

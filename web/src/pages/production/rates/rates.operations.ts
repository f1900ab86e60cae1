import { graphql } from '../../../gql';

/** What the rates section shows: the card pricing the production today, labour roles and task types. */
export const ProductionRatesQuery = graphql(`
  query ProductionRates($productionId: ID!) {
    production(id: $productionId) {
      id
      currency
      reportingCurrency
      startDate
      deliveryDate
    }
    rateCardInEffect(productionId: $productionId) {
      id
      name
      currency
      effectiveFrom
      productionId
      source
      lines {
        fringePercent
        source
        role {
          code
          name
        }
        hourlyRate {
          ...MoneyFields
        }
        flatFringePerHour {
          ...MoneyFields
        }
        loadedRate {
          ...MoneyFields
        }
      }
    }
    labourRoles(first: 100) {
      edges {
        node {
          id
          code
          name
          department
        }
      }
    }
    taskTypes(first: 100) {
      edges {
        node {
          code
          name
          defaultAiCategory
          baselineRole {
            code
            name
          }
          bidTemplates {
            name
            complexity
            unit
            optimistic
            mostLikely
            pessimistic
            source
          }
        }
      }
    }
  }
`);

export const CreateRateCardMutation = graphql(`
  mutation CreateRateCard($input: CreateRateCardInput!) {
    createRateCard(input: $input) {
      id
    }
  }
`);

export const SetRateCardLineMutation = graphql(`
  mutation SetRateCardLine($input: SetRateCardLineInput!) {
    setRateCardLine(input: $input) {
      id
    }
  }
`);

export const SaveTaskTypeMutation = graphql(`
  mutation SaveTaskType($input: TaskTypeInput!) {
    saveTaskType(input: $input) {
      code
    }
  }
`);

export const CreateLabourRoleMutation = graphql(`
  mutation CreateLabourRole($input: LabourRoleInput!) {
    createLabourRole(input: $input) {
      code
    }
  }
`);

export const FxRatesQuery = graphql(`
  query ProductionFxRates($currency: String!, $reportingCurrency: String!) {
    fxRates(currency: $currency, reportingCurrency: $reportingCurrency, first: 100) {
      edges {
        node {
          quarter
          rate
          source
        }
      }
    }
  }
`);

export const SetFxRateMutation = graphql(`
  mutation SetFxRate($input: FxRateInput!) {
    setFxRate(input: $input) {
      quarter
    }
  }
`);

export const SetBidTemplateMutation = graphql(`
  mutation SetBidTemplate($input: BidTemplateInput!) {
    setBidTemplate(input: $input) {
      id
    }
  }
`);

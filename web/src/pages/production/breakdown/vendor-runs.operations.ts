import { graphql } from '../../../gql';

export const VendorToolsQuery = graphql(`
  query VendorTools {
    vendorTools {
      id
      vendor
      name
      approvedProductionIds
      dataTerms {
        trainsOnInputs
        retentionDays
        enterpriseAgreement
      }
    }
  }
`);

export const RecordAiRunMutation = graphql(`
  mutation RecordAiRun($input: RecordAiRunInput!) {
    recordAiRun(input: $input) {
      id
      tool
      modelLabel
      credits
      cost {
        ...MoneyFields
      }
      outputs {
        fileId
        originalName
        c2paStatus
      }
    }
  }
`);

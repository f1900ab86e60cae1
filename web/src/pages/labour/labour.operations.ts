import { graphql } from '../../gql';

export const LabourFiguresFields = graphql(`
  fragment LabourFiguresFields on LabourImpactRow {
    role
    department
    taskType
    quarter
    displacedHours
    displacedFte
    createdHours
    createdFte
    netHours
    netFte
    finishedAiTasks
    wagesDisplaced {
      ...MoneyFields
    }
  }
`);

export const LabourImpactQuery = graphql(`
  query LabourImpact($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {
    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {
      currency
      quarters
      rows {
        ...LabourFiguresFields
      }
      totals {
        displacedHours
        displacedFte
        createdHours
        createdFte
        netHours
        netFte
        finishedAiTasks
        wagesDisplaced {
          ...MoneyFields
        }
      }
    }
  }
`);

export const LabourWorkingQuery = graphql(`
  query LabourWorking($filter: LabourImpactFilter!, $groupBy: [LabourDimension!]!, $currency: String) {
    labourImpact(filter: $filter, groupBy: $groupBy, currency: $currency) {
      rows {
        role
        department
        taskType
        quarter
        working {
          ...WorkingFields
        }
      }
      totals {
        working {
          ...WorkingFields
        }
      }
    }
  }
`);

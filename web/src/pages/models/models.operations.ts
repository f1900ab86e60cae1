import { graphql } from '../../gql';

export const ModelFields = graphql(`
  fragment ModelFields on Model {
    id
    name
    version
    status
    sha256
    sizeBytes
    fileId
    taskTypes
    createdAt
    decidedAt
    decisionReason
    producer
    irVersion
    inputs {
      name
      type
      shape
    }
    outputs {
      name
      type
      shape
    }
    adapter {
      layout
      colour
      size
      width
      height
      sizeMultiple
      fixedSizeStrategy
      tileOverlap
      outputKind
      outputName
      maskThreshold
      imageInput
      extraInputs {
        name
        source
      }
      valueRange {
        min
        max
      }
      meanStd {
        mean
        std
      }
    }
    provenance {
      licence
      trainingData
      trainingDataNotes
      vendor
      source
      weights
      modelCard
    }
    dataTerms {
      trainsOnInputs
      retentionDays
      enterpriseAgreement
    }
    performerScope {
      performerName
      productionCode
    }
  }
`);

export const ModelsQuery = graphql(`
  query Models($first: Int!, $filter: ModelFilter) {
    models(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ModelFields
        }
      }
    }
  }
`);

export const ModelUseQuery = graphql(`
  query ModelUse {
    modelInventory {
      id
      runs
      frames
      lastUsedAt
      productions
      openExceptions
      decidedBy
    }
  }
`);

export const ApproveModelMutation = graphql(`
  mutation ApproveModel($id: ID!) {
    approveModel(id: $id) {
      ...ModelFields
    }
  }
`);

export const RejectModelMutation = graphql(`
  mutation RejectModel($id: ID!, $reason: String!) {
    rejectModel(id: $id, reason: $reason) {
      ...ModelFields
    }
  }
`);

export const RegisterModelMutation = graphql(`
  mutation RegisterModel($input: RegisterModelInput!) {
    registerModel(input: $input) {
      ...ModelFields
    }
  }
`);

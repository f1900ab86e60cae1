import { graphql } from '../../gql';

export const JobFields = graphql(`
  fragment JobFields on InferenceJob {
    id
    status
    taskId
    productionId
    modelId
    modelLabel
    modelSha256
    framesDone
    framesTotal
    provider
    device
    deviceClass
    attempt
    cancelRequested
    queuedAt
    startedAt
    finishedAt
    queueWaitMs
    wallMs
    error
    failedFrame {
      index
      name
    }
    timings {
      decodeMs
      inferMs
      encodeMs
    }
    computeCost {
      ...MoneyFields
    }
  }
`);

export const InferenceJobsQuery = graphql(`
  query InferenceJobs($first: Int!, $filter: InferenceJobFilter) {
    inferenceJobs(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...JobFields
        }
      }
    }
  }
`);

export const JobProgressSubscription = graphql(`
  subscription JobProgress($jobId: ID!) {
    jobProgress(jobId: $jobId) {
      ...JobFields
    }
  }
`);

export const CancelJobMutation = graphql(`
  mutation CancelInferenceJob($id: ID!) {
    cancelInferenceJob(id: $id) {
      ...JobFields
    }
  }
`);

export const JobContextQuery = graphql(`
  query JobContext($jobId: ID!, $taskId: ID!, $modelId: ID!, $productionId: ID!) {
    renders(jobId: $jobId, first: 100) {
      totalCount
      edges {
        node {
          id
          frameIndex
          frameNumber
          frameName
          width
          height
          inputSha256
          outputSha256
          outputFileId
          thumbnailFileId
          decodeMs
          inferMs
          encodeMs
          provenanceStatus
          manifest
        }
      }
    }
    task(id: $taskId) {
      id
      path
      shot {
        code
      }
      taskType {
        name
        baselineRole {
          code
          name
        }
      }
      baseline {
        hours
        working
      }
    }
    model(id: $modelId) {
      id
      name
      version
      sha256
      adapter {
        outputKind
      }
      provenance {
        licence
        trainingData
        weights
        vendor
      }
    }
    taskJobs: inferenceJobs(first: 100, filter: { taskId: $taskId }) {
      edges {
        node {
          id
          wallMs
          status
        }
      }
    }
    timeEntries(productionId: $productionId, taskId: $taskId, first: 100) {
      totalCount
      edges {
        node {
          minutes
          kind
        }
      }
    }
    rateCardInEffect(productionId: $productionId) {
      name
    }
  }
`);

/** The task's baseline against its AI path so far, priced on the server in the rate card's currency. */
export const TaskCostQuery = graphql(`
  query TaskCost($productionId: ID!, $taskId: ID!) {
    taskBidVsActual(productionId: $productionId, taskId: $taskId) {
      currency
      bidCost {
        ...MoneyFields
      }
      actualCost {
        ...MoneyFields
      }
      costVariance {
        ...MoneyFields
      }
      fxRates {
        quarter
        from
        to
        rate
      }
      runs {
        jobId
        inCardCurrency {
          ...MoneyFields
        }
      }
      working {
        ...WorkingFields
      }
    }
  }
`);

export const FolderFramesQuery = graphql(`
  query FolderFrames {
    frameFolders(first: 100) {
      edges {
        node {
          id
          name
          firstFrame
          lastFrame
          frameCount
          width
          height
          frames(first: 100) {
            edges {
              node {
                fileId
                sha256
                number
              }
            }
          }
        }
      }
    }
  }
`);

// Its own query, asked only for a model that reads alpha: frames(first: 100) of every folder in
// FolderFrames is already near the api's cost limit.
export const FolderAlphaQuery = graphql(`
  query FolderAlpha($folderId: ID!) {
    frameFolder(id: $folderId) {
      id
      frames(first: 100) {
        edges {
          node {
            number
            hasAlpha
          }
        }
      }
    }
  }
`);

export const SubmitChoicesQuery = graphql(`
  query SubmitChoices($productionId: ID!, $taskTypeCode: String) {
    tasks(productionId: $productionId, taskTypeCode: $taskTypeCode, first: 100) {
      edges {
        node {
          id
          path
          status
          aiForbidden
          shot {
            code
          }
          taskType {
            code
            name
          }
        }
      }
    }
  }
`);

export const ApprovedModelsQuery = graphql(`
  query ApprovedModels {
    models(first: 100, filter: { status: APPROVED }) {
      edges {
        node {
          id
          name
          version
          taskTypes
          adapter {
            extraInputs {
              source
            }
          }
        }
      }
    }
  }
`);

export const SubmitJobMutation = graphql(`
  mutation SubmitInferenceJob($input: SubmitInferenceJobInput!) {
    submitInferenceJob(input: $input) {
      ...JobFields
    }
  }
`);

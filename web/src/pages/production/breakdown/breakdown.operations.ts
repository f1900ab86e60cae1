import { graphql } from '../../../gql';

export const BreakdownTasksQuery = graphql(`
  query BreakdownTasks(
    $productionId: ID!
    $first: Int!
    $episodeId: ID
    $sequence: String
    $taskTypeCode: String
    $path: TaskPath
    $status: TaskStatus
  ) {
    tasks(
      productionId: $productionId
      first: $first
      episodeId: $episodeId
      sequence: $sequence
      taskTypeCode: $taskTypeCode
      path: $path
      status: $status
    ) {
      totalCount
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
          aiCategory
          aiForbidden
          likenessKind
          performerName
          plannedAiReviewHours
          baselineHoursOverride
          vendorCompany
          inFinalDeliverable
          baseline {
            hours
            optimisticHours
            pessimisticHours
            source
            working
          }
          taskType {
            code
            name
            baselineRole {
              code
              name
            }
          }
          shot {
            id
            code
            sequence
            frameIn
            frameOut
            frameCount
            timeScalar
            description
            performerLikeness
            episode {
              id
              number
            }
          }
        }
      }
    }
  }
`);

export const BreakdownFiltersQuery = graphql(`
  query BreakdownFilters($productionId: ID!) {
    episodes(productionId: $productionId, first: 100) {
      edges {
        node {
          id
          number
          title
        }
      }
    }
  }
`);

export const ImportBreakdownMutation = graphql(`
  mutation ImportBreakdown(
    $productionId: ID!
    $format: BreakdownFormat!
    $content: String!
    $dryRun: Boolean!
    $episodeNumber: Int
    $fps: Float
    $taskTypeCode: String
    $path: TaskPath
    $complexity: Int
  ) {
    importBreakdown(
      productionId: $productionId
      format: $format
      content: $content
      dryRun: $dryRun
      episodeNumber: $episodeNumber
      fps: $fps
      taskTypeCode: $taskTypeCode
      path: $path
      complexity: $complexity
    ) {
      dryRun
      committed
      format
      title
      newEpisodes
      newShots
      newTasks
      errors {
        line
        field
        message
        suggestion
      }
      shots {
        line
        code
        episodeNumber
        sequence
        frameIn
        frameOut
        frameCount
        timeScalar
        exists
      }
      tasks {
        line
        shotCode
        taskTypeCode
        complexity
        path
        exists
      }
    }
  }
`);

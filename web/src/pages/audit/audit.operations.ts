import { graphql } from '../../gql';

export const AiUseLedgerQuery = graphql(`
  query AiUseLedger(
    $first: Int!
    $after: String
    $productionId: ID
    $modelId: ID
    $from: String
    $to: String
    $order: LedgerOrder
  ) {
    aiUseLedger(
      first: $first
      after: $after
      productionId: $productionId
      modelId: $modelId
      from: $from
      to: $to
      order: $order
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          runId
          source
          jobId
          externalRef
          productionCode
          shotCode
          taskId
          taskType
          path
          modelName
          tool
          operator
          c2paStatus
          modelSha256
          modelStatus
          modelApprovedBy
          modelApprovedAt
          licence
          trainingData
          trainingDataNotes
          vendor
          provider
          deviceClass
          frames
          wallMs
          finishedAt
          ranBy
          computeCost {
            ...MoneyFields
          }
          likenessKind
          performerName
          consentStanding
          noticeHoursBeforeFirstUse
          inFinalDeliverable
          exceptions {
            id
            ruleId
            status
          }
        }
      }
    }
  }
`);

export const ModelNamesQuery = graphql(`
  query ModelNames {
    modelInventory {
      id
      name
      version
    }
  }
`);

export const PolicyExceptionsQuery = graphql(`
  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {
    policyExceptions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ruleId
          status
          message
          evidenceJson
          productionId
          occasion
          occurrences
          productionCode
          shotCode
          taskId
          firstSeenAt
          lastSeenAt
          reviewStatus
          reviewNote
          reviewedBy
          reviewedAt
          closeReason
          closedBy
          closedAt
        }
      }
    }
  }
`);

export const PolicyRulesQuery = graphql(`
  query PolicyRules {
    policyRules {
      id
      text
      source
      defaultSeverity
      packs
    }
  }
`);

export const ReviewExceptionMutation = graphql(`
  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {
    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {
      id
      reviewStatus
      reviewNote
      reviewedBy
      reviewedAt
    }
  }
`);

export const WaiveExceptionMutation = graphql(`
  mutation WaivePolicyException($id: ID!, $reason: String!) {
    waivePolicyException(id: $id, reason: $reason) {
      id
      status
      closeReason
      closedBy
      closedAt
    }
  }
`);

export const ConsentRegisterQuery = graphql(`
  query ConsentRegister($productionId: ID) {
    consentRegister(productionId: $productionId) {
      id
      performerName
      productionCode
      replicaKind
      scope
      signedAt
      noticeGivenAt
      firstLikenessUseAt
      noticeHoursBeforeFirstUse
      standing
      estateConsent
      scanReason
      performerMinor
      guardianName
      trainingLicensedAt
      trainingNoticeAt
      documentSha256
      tasks
      openExceptions
      compensation {
        ...MoneyFields
      }
    }
  }
`);

export const CheckpointFields = graphql(`
  fragment CheckpointFields on AuditCheckpoint {
    treeSize
    rootHash
    at
    keyId
    publicKey
    signature
  }
`);

export const LatestCheckpointQuery = graphql(`
  query LatestCheckpoint {
    auditCheckpoint {
      ...CheckpointFields
    }
  }
`);

export const SignCheckpointMutation = graphql(`
  mutation SignAuditCheckpoint {
    signAuditCheckpoint {
      ...CheckpointFields
    }
  }
`);

export const ConsistencyProofQuery = graphql(`
  query AuditConsistencyProof($from: Int!, $to: Int!) {
    auditConsistencyProof(from: $from, to: $to) {
      fromSize
      toSize
      fromRoot
      toRoot
      path
    }
  }
`);

export const AuditWitnessStatusQuery = graphql(`
  query AuditWitnessStatus {
    auditContinuity {
      ok
      checkedAt
      logSize
      lastSignedSize
      finding {
        treeSize
        consistentUpTo
        detectedAt
        message
      }
    }
    auditWitnesses {
      id
      name
      organisation
      keyId
      refusing
      lastCosigned {
        treeSize
        signedAt
        receivedAt
      }
      lastRefusal {
        treeSize
        fromSize
        reason
        receivedAt
      }
    }
  }
`);

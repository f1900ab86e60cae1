/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n': typeof types.MoneyFieldsFragmentDoc;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.AiUseLedgerDocument;
  '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n': typeof types.ModelNamesDocument;
  '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n': typeof types.PolicyExceptionsDocument;
  '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n    }\n  }\n': typeof types.PolicyRulesDocument;
  '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n': typeof types.ReviewPolicyExceptionDocument;
  '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n': typeof types.WaivePolicyExceptionDocument;
  '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n': typeof types.ConsentRegisterDocument;
  '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n': typeof types.CheckpointFieldsFragmentDoc;
  '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n': typeof types.LatestCheckpointDocument;
  '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n': typeof types.SignAuditCheckpointDocument;
  '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n': typeof types.AuditConsistencyProofDocument;
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProductionsDocument;
};
const documents: Documents = {
  '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n':
    types.MoneyFieldsFragmentDoc,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n':
    types.MeDocument,
  '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.AiUseLedgerDocument,
  '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n':
    types.ModelNamesDocument,
  '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n':
    types.PolicyExceptionsDocument,
  '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n    }\n  }\n':
    types.PolicyRulesDocument,
  '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n':
    types.ReviewPolicyExceptionDocument,
  '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n':
    types.WaivePolicyExceptionDocument,
  '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n':
    types.ConsentRegisterDocument,
  '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n':
    types.CheckpointFieldsFragmentDoc,
  '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n':
    types.LatestCheckpointDocument,
  '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n':
    types.SignAuditCheckpointDocument,
  '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n':
    types.AuditConsistencyProofDocument,
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ProductionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MoneyFields on Money {\n    amountMinor\n    currency\n    formatted\n  }\n',
): typeof import('./graphql').MoneyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AiUseLedger(\n    $first: Int!\n    $after: String\n    $productionId: ID\n    $modelId: ID\n    $from: String\n    $to: String\n  ) {\n    aiUseLedger(\n      first: $first\n      after: $after\n      productionId: $productionId\n      modelId: $modelId\n      from: $from\n      to: $to\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          runId\n          source\n          jobId\n          externalRef\n          productionCode\n          shotCode\n          taskId\n          taskType\n          path\n          modelName\n          modelSha256\n          modelStatus\n          modelApprovedBy\n          modelApprovedAt\n          licence\n          trainingData\n          trainingDataNotes\n          vendor\n          provider\n          deviceClass\n          frames\n          wallMs\n          finishedAt\n          ranBy\n          computeCost {\n            ...MoneyFields\n          }\n          likenessKind\n          performerName\n          consentStanding\n          noticeHoursBeforeFirstUse\n          inFinalDeliverable\n          exceptions {\n            id\n            ruleId\n            status\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').AiUseLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModelNames {\n    modelInventory {\n      id\n      name\n      version\n    }\n  }\n',
): typeof import('./graphql').ModelNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyExceptions($first: Int!, $after: String, $filter: PolicyExceptionFilter) {\n    policyExceptions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ruleId\n          status\n          message\n          evidenceJson\n          occasion\n          occurrences\n          productionCode\n          shotCode\n          taskId\n          firstSeenAt\n          lastSeenAt\n          reviewStatus\n          reviewNote\n          reviewedBy\n          reviewedAt\n          closeReason\n          closedBy\n          closedAt\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PolicyExceptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyRules {\n    policyRules {\n      id\n      text\n      source\n      defaultSeverity\n    }\n  }\n',
): typeof import('./graphql').PolicyRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPolicyException($id: ID!, $reviewStatus: PolicyReviewStatus!, $note: String!) {\n    reviewPolicyException(id: $id, reviewStatus: $reviewStatus, note: $note) {\n      id\n      reviewStatus\n      reviewNote\n      reviewedBy\n      reviewedAt\n    }\n  }\n',
): typeof import('./graphql').ReviewPolicyExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WaivePolicyException($id: ID!, $reason: String!) {\n    waivePolicyException(id: $id, reason: $reason) {\n      id\n      status\n      closeReason\n      closedBy\n      closedAt\n    }\n  }\n',
): typeof import('./graphql').WaivePolicyExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsentRegister($productionId: ID) {\n    consentRegister(productionId: $productionId) {\n      id\n      performerName\n      productionCode\n      replicaKind\n      scope\n      signedAt\n      noticeGivenAt\n      firstLikenessUseAt\n      noticeHoursBeforeFirstUse\n      standing\n      estateConsent\n      documentSha256\n      tasks\n      openExceptions\n      compensation {\n        ...MoneyFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ConsentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CheckpointFields on AuditCheckpoint {\n    treeSize\n    rootHash\n    at\n    keyId\n    publicKey\n    signature\n  }\n',
): typeof import('./graphql').CheckpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LatestCheckpoint {\n    auditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n',
): typeof import('./graphql').LatestCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignAuditCheckpoint {\n    signAuditCheckpoint {\n      ...CheckpointFields\n    }\n  }\n',
): typeof import('./graphql').SignAuditCheckpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditConsistencyProof($from: Int!, $to: Int!) {\n    auditConsistencyProof(from: $from, to: $to) {\n      fromSize\n      toSize\n      fromRoot\n      toRoot\n      path\n    }\n  }\n',
): typeof import('./graphql').AuditConsistencyProofDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

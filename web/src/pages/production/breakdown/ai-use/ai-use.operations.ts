import { graphql } from '../../../../gql';

export const AiUseFactsFields = graphql(`
  fragment AiUseFactsFields on AiUseFacts {
    taskId
    shotCode
    useClass
    useClassReason
    outputStatus
    escalation
    requiredForFinal
    lastAiRunAt
    signedOffBy
    signedOffAt
    disclosures {
      id
      contact
      disclosedAt
      description
      recordedBy
    }
    checklist {
      noUnownedMaterial
      noDataReuse
      enterpriseSecured
      outputTemporary
      noTalentReplacement
      involvesPersonalData
      involvesThirdPartyIp
      answeredAt
    }
    approvals {
      id
      category
      approver
      documentRef
      approvedAt
      recordedBy
    }
  }
`);

export const AiUseFactsQuery = graphql(`
  query AiUseFacts($taskId: ID!) {
    aiUseFacts(taskId: $taskId) {
      ...AiUseFactsFields
    }
  }
`);

export const RecordAiUseDisclosureMutation = graphql(`
  mutation RecordAiUseDisclosure($input: RecordAiUseDisclosureInput!) {
    recordAiUseDisclosure(input: $input) {
      ...AiUseFactsFields
    }
  }
`);

export const AnswerAiUseChecklistMutation = graphql(`
  mutation AnswerAiUseChecklist($input: AnswerAiUseChecklistInput!) {
    answerAiUseChecklist(input: $input) {
      ...AiUseFactsFields
    }
  }
`);

export const RecordAiUseApprovalMutation = graphql(`
  mutation RecordAiUseApproval($input: RecordAiUseApprovalInput!) {
    recordAiUseApproval(input: $input) {
      ...AiUseFactsFields
    }
  }
`);

export const ClassifyAiUseMutation = graphql(`
  mutation ClassifyAiUse($input: ClassifyAiUseInput!) {
    classifyAiUse(input: $input) {
      ...AiUseFactsFields
    }
  }
`);

export const PromoteAiOutputMutation = graphql(`
  mutation PromoteAiOutputToFinal($taskId: ID!) {
    promoteAiOutputToFinal(taskId: $taskId) {
      ...AiUseFactsFields
    }
  }
`);

export const SignOffTaskMutation = graphql(`
  mutation SignOffTask($taskId: ID!) {
    signOffTask(taskId: $taskId) {
      taskId
      signedOffBy
      signedOffAt
    }
  }
`);

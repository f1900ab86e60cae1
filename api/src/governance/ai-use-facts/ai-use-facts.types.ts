import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PrincipleAnswer {
  YES = 'YES',
  NO = 'NO',
  UNSURE = 'UNSURE',
}
registerEnumType(PrincipleAnswer, {
  name: 'PrincipleAnswer',
  description: 'An answer to one of the five principles; NO or UNSURE needs escalation.',
});

export enum AiApprovalCategory {
  FINAL_DELIVERABLE = 'FINAL_DELIVERABLE',
  LIKENESS = 'LIKENESS',
  PERSONAL_DATA = 'PERSONAL_DATA',
  THIRD_PARTY_IP = 'THIRD_PARTY_IP',
  ETHICS = 'ETHICS',
}
registerEnumType(AiApprovalCategory, {
  name: 'AiApprovalCategory',
  description:
    'What a written approval covers. ETHICS answers an escalated five-principle check; the others are needed before output is final.',
});

export enum AiOutputStatus {
  TEMPORARY = 'TEMPORARY',
  FINAL = 'FINAL',
}
registerEnumType(AiOutputStatus, {
  name: 'AiOutputStatus',
  description: 'AI output is TEMPORARY until promoted to FINAL (promoteAiOutputToFinal).',
});

export enum AiUseClass {
  GENERATIVE = 'GENERATIVE',
  ASSISTIVE = 'ASSISTIVE',
}
registerEnumType(AiUseClass, {
  name: 'AiUseClass',
  description:
    "EU AI Act Article 50 reading: GENERATIVE output is marked; ASSISTIVE (standard editing) is exempt. Stored as the task's AI category (ASSISTIVE = TRADITIONAL).",
});

export enum EscalationState {
  NOT_ANSWERED = 'NOT_ANSWERED',
  NOT_NEEDED = 'NOT_NEEDED',
  NEEDED = 'NEEDED',
  APPROVED = 'APPROVED',
}
registerEnumType(EscalationState, {
  name: 'EscalationState',
  description:
    'The five-principle check: not answered; all YES (no escalation); a NO or UNSURE awaiting an ETHICS approval; or approved.',
});

@ObjectType('AiUseDisclosure', { description: "An intended AI use told to the distributor's contact." })
export class AiUseDisclosureType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Who was told, e.g. "Netflix VFX producer, M. Ortega".' }) contact!: string;
  @Field({ description: 'When they were told.' }) disclosedAt!: string;
  @Field({ description: 'What they were told.' }) description!: string;
  @Field(() => String, { nullable: true, description: 'Email of who recorded it.' }) recordedBy!:
    string | null;
}

@ObjectType('AiUseApproval', { description: 'A written approval of an AI use, by category.' })
export class AiUseApprovalType {
  @Field(() => ID) id!: string;
  @Field(() => AiApprovalCategory) category!: AiApprovalCategory;
  @Field({ description: 'Who approved, as named in the document.' }) approver!: string;
  @Field({ description: 'The document that records it (email id, memo number, file).' }) documentRef!: string;
  @Field() approvedAt!: string;
  @Field(() => String, { nullable: true, description: 'Email of who recorded it.' }) recordedBy!:
    string | null;
}

@ObjectType('AiUseChecklist', { description: 'The five-principle check of an AI use, latest answers.' })
export class AiUseChecklistType {
  @Field(() => PrincipleAnswer, {
    description: 'Outputs do not replicate material the production does not own.',
  })
  noUnownedMaterial!: PrincipleAnswer;
  @Field(() => PrincipleAnswer, {
    description: 'The tool does not store, reuse or train on production data.',
  })
  noDataReuse!: PrincipleAnswer;
  @Field(() => PrincipleAnswer, { description: 'The tool runs in an enterprise-secured environment.' })
  enterpriseSecured!: PrincipleAnswer;
  @Field(() => PrincipleAnswer, {
    description: 'Generated material is temporary, not in final deliverables.',
  })
  outputTemporary!: PrincipleAnswer;
  @Field(() => PrincipleAnswer, {
    description: 'No talent performance or union-covered work is replaced without consent.',
  })
  noTalentReplacement!: PrincipleAnswer;
  @Field() involvesPersonalData!: boolean;
  @Field() involvesThirdPartyIp!: boolean;
  @Field() answeredAt!: string;
}

@ObjectType('AiUseFacts', {
  description:
    "A task's AI use: the facts distributor guidance and the AI Act weigh (every job and vendor run on the task).",
})
export class AiUseFactsType {
  @Field(() => ID) taskId!: string;
  @Field(() => ID) productionId!: string;
  @Field() shotCode!: string;
  @Field(() => AiUseClass) useClass!: AiUseClass;
  @Field({ description: 'Why it is generative or assistive; empty until classified.' })
  useClassReason!: string;
  @Field(() => AiOutputStatus) outputStatus!: AiOutputStatus;
  @Field(() => [AiUseDisclosureType]) disclosures!: AiUseDisclosureType[];
  @Field(() => AiUseChecklistType, { nullable: true }) checklist!: AiUseChecklistType | null;
  @Field(() => EscalationState) escalation!: EscalationState;
  @Field(() => [AiUseApprovalType]) approvals!: AiUseApprovalType[];
  @Field(() => [AiApprovalCategory], {
    description: 'The approvals needed before the output is final (WRITTEN_APPROVAL_FOR_FINAL).',
  })
  requiredForFinal!: AiApprovalCategory[];
  @Field(() => String, { nullable: true, description: 'When the last AI run on the task finished.' })
  lastAiRunAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Email of who last signed off the AI-final output (signOffTask), if anyone.',
  })
  signedOffBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When the AI-final output was last signed off.' })
  signedOffAt!: string | null;
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';

export enum PolicySeverity {
  BLOCK = 'BLOCK',
  FLAG = 'FLAG',
  OFF = 'OFF',
}
registerEnumType(PolicySeverity, {
  name: 'PolicySeverity',
  description:
    'BLOCK refuses the job or change with POLICY_BLOCKED; FLAG lets it pass and opens a policy exception; OFF does not evaluate the rule (the default of rules whose terms are reported but not confirmed).',
});

export enum PolicyRuleId {
  MODEL_APPROVED = 'MODEL_APPROVED',
  TRAINING_DATA_DECLARED = 'TRAINING_DATA_DECLARED',
  LIKENESS_CONSENT = 'LIKENESS_CONSENT',
  SYNTHETIC_PERFORMER_NOTICE = 'SYNTHETIC_PERFORMER_NOTICE',
  AI_FINAL_SIGN_OFF = 'AI_FINAL_SIGN_OFF',
  GENERATIVE_WORKER_NOTICE = 'GENERATIVE_WORKER_NOTICE',
  GENERATIVE_OUTPUT_MARKED = 'GENERATIVE_OUTPUT_MARKED',
  DISTRIBUTOR_DISCLOSURE = 'DISTRIBUTOR_DISCLOSURE',
  FIVE_PRINCIPLES_CHECKED = 'FIVE_PRINCIPLES_CHECKED',
  WRITTEN_APPROVAL_FOR_FINAL = 'WRITTEN_APPROVAL_FOR_FINAL',
  PERFORMER_SCAN_REASON = 'PERFORMER_SCAN_REASON',
  PERFORMER_TRAINING_LICENCE_NOTICE = 'PERFORMER_TRAINING_LICENCE_NOTICE',
  MINOR_GUARDIAN_CONSENT = 'MINOR_GUARDIAN_CONSENT',
  PERFORMER_MODEL_SCOPED = 'PERFORMER_MODEL_SCOPED',
  DEEPFAKE_DISCLOSURE_PLANNED = 'DEEPFAKE_DISCLOSURE_PLANNED',
}
registerEnumType(PolicyRuleId, {
  name: 'PolicyRuleId',
  description: 'The policy rules (docs/governance.md).',
});

export enum PolicyExceptionStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  WAIVED = 'WAIVED',
}
registerEnumType(PolicyExceptionStatus, {
  name: 'PolicyExceptionStatus',
  description: 'OPEN until the cause is fixed (RESOLVED) or an admin accepts it with a reason (WAIVED).',
});

export enum PolicyReviewStatus {
  UNREVIEWED = 'UNREVIEWED',
  ACCEPTED = 'ACCEPTED',
  QUERIED = 'QUERIED',
}
registerEnumType(PolicyReviewStatus, {
  name: 'PolicyReviewStatus',
  description:
    "A guild reviewer's reading of an exception: not yet looked at, accepted, or queried with the production.",
});

@ObjectType('PolicyRule')
export class PolicyRuleType {
  @Field(() => PolicyRuleId) id!: PolicyRuleId;
  @Field({ description: 'What the rule requires.' }) text!: string;
  @Field({ description: 'The agreement or policy it comes from.' }) source!: string;
  @Field(() => [String], {
    description: 'The rule packs it belongs to (rulePacks); it applies where any of them is chosen.',
  })
  packs!: string[];
  @Field(() => [String], { description: 'The facts it weighs, e.g. model.status or task.likenessKind.' })
  facts!: string[];
  @Field(() => PolicySeverity) defaultSeverity!: PolicySeverity;
  @Field(() => PolicySeverity, { description: "The production's severity (its setting, else the default)." })
  severity!: PolicySeverity;
  @Field({
    description:
      "Whether one of its packs is among the production's (without a production: the default packs).",
  })
  applies!: boolean;
  @Field(() => [String], {
    description:
      'When it is checked: INFERENCE_JOB, TASK_DELIVERY, RECORDED_USE (AI use recorded after the fact), OUTPUT_PROMOTION (AI output made final).',
  })
  occasions!: string[];
}

@ObjectType('RulePack', {
  description: 'An agreement or policy as a set of rules a production can choose to be held to.',
})
export class RulePackType {
  @Field({ description: 'e.g. frameledger-core, sag-aftra-tv-2023.' }) id!: string;
  @Field() title!: string;
  @Field({ description: 'The citation, and how far it could be confirmed from the published text.' })
  source!: string;
  @Field(() => String, {
    nullable: true,
    description: "ISO date the agreement's term starts (recorded, not enforced).",
  })
  effectiveFrom!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "ISO date the agreement's term ends (recorded, not enforced).",
  })
  effectiveTo!: string | null;
  @Field({
    description: 'Whether the production chose it (without a production: whether it is a default pack).',
  })
  chosen!: boolean;
  @Field(() => [PolicyRuleType], { description: "Its rules, with the production's severities." })
  rules!: PolicyRuleType[];
}

@ObjectType('PolicyException', {
  description: 'A policy rule broken under FLAG severity, kept for reviewers.',
})
export class PolicyExceptionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
  @Field(() => PolicyRuleId) ruleId!: PolicyRuleId;
  @Field(() => ID) taskId!: string;
  @Field() shotCode!: string;
  @Field(() => ID, { nullable: true }) modelId!: string | null;
  @Field({ description: 'INFERENCE_JOB, TASK_DELIVERY, RECORDED_USE or OUTPUT_PROMOTION.' })
  occasion!: string;
  @Field({ description: 'What was found, in a sentence.' }) message!: string;
  @Field({ description: 'The facts the rule weighed, as JSON, so the finding can be checked by hand.' })
  evidenceJson!: string;
  @Field(() => PolicyExceptionStatus) status!: PolicyExceptionStatus;
  @Field(() => Int, { description: 'How many times it was found while open.' }) occurrences!: number;
  @Field() firstSeenAt!: string;
  @Field() lastSeenAt!: string;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Email of who resolved or waived it.' }) closedBy!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The waiver reason, or the resolution note.' })
  closeReason!: string | null;
  @Field(() => PolicyReviewStatus) reviewStatus!: PolicyReviewStatus;
  @Field() reviewNote!: string;
  @Field(() => String, { nullable: true }) reviewedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Email of the reviewer.' }) reviewedBy!: string | null;
}

export const PolicyExceptionConnection = Connection(PolicyExceptionType, 'PolicyException');

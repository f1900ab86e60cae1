import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID, Length } from 'class-validator';
import { IsTime } from '../../../common/input-rules';
import { AiApprovalCategory, AiUseClass, PrincipleAnswer } from '../ai-use-facts.types';

@InputType()
export class RecordAiUseDisclosureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a task id' })
  taskId!: string;

  @Field({ description: "The distributor's contact who was told." })
  @Length(1, 200, { message: 'name the contact in 1 to 200 characters' })
  contact!: string;

  @Field()
  @IsTime()
  disclosedAt!: string;

  @Field({ description: 'What was disclosed: the tool, the shots, the intended use.' })
  @Length(1, 4000, { message: 'describe the disclosed use in 1 to 4,000 characters' })
  description!: string;
}

const answer = (description: string) => ({ description, type: () => PrincipleAnswer });

@InputType()
export class AnswerAiUseChecklistInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a task id' })
  taskId!: string;

  @Field(answer('Outputs do not replicate material the production does not own.'))
  @IsEnum(PrincipleAnswer)
  noUnownedMaterial!: PrincipleAnswer;

  @Field(answer('The tool does not store, reuse or train on production data.'))
  @IsEnum(PrincipleAnswer)
  noDataReuse!: PrincipleAnswer;

  @Field(answer('The tool runs in an enterprise-secured environment.'))
  @IsEnum(PrincipleAnswer)
  enterpriseSecured!: PrincipleAnswer;

  @Field(answer('Generated material is temporary, not in final deliverables.'))
  @IsEnum(PrincipleAnswer)
  outputTemporary!: PrincipleAnswer;

  @Field(answer('No talent performance or union-covered work is replaced without consent.'))
  @IsEnum(PrincipleAnswer)
  noTalentReplacement!: PrincipleAnswer;

  @Field({ description: 'The use involves personal data (needs a PERSONAL_DATA approval before final).' })
  @IsBoolean()
  involvesPersonalData!: boolean;

  @Field({ description: 'The use involves third-party IP (needs a THIRD_PARTY_IP approval before final).' })
  @IsBoolean()
  involvesThirdPartyIp!: boolean;
}

@InputType()
export class RecordAiUseApprovalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a task id' })
  taskId!: string;

  @Field(() => AiApprovalCategory)
  @IsEnum(AiApprovalCategory)
  category!: AiApprovalCategory;

  @Field({ description: 'Who approved, as named in the document.' })
  @Length(1, 200, { message: 'name the approver in 1 to 200 characters' })
  approver!: string;

  @Field({ description: 'The document that records the approval.' })
  @Length(1, 500, { message: 'give the document reference in 1 to 500 characters' })
  documentRef!: string;

  @Field()
  @IsTime()
  approvedAt!: string;
}

@InputType()
export class ClassifyAiUseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a task id' })
  taskId!: string;

  @Field(() => AiUseClass)
  @IsEnum(AiUseClass)
  useClass!: AiUseClass;

  @Field({ description: 'Why: what the tool does to the picture.' })
  @Length(1, 2000, { message: 'give the reason in 1 to 2,000 characters' })
  reason!: string;
}

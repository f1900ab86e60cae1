import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

export enum OutputCheck {
  WARN = 'WARN',
  FAIL = 'FAIL',
}
registerEnumType(OutputCheck, {
  name: 'OutputCheck',
  description:
    'A frame whose output is NaN, infinite or constant: WARN keeps it with a warning, FAIL stops the job there.',
});

@InputType()
export class SetOutputCheckInput {
  @Field(() => ID) @IsUUID('all', { message: 'give the id of a production' }) productionId!: string;
  @Field(() => OutputCheck, {
    nullable: true,
    description: "The production's policy; null follows the worker's INFERENCE_OUTPUT_CHECK.",
  })
  @IsOptional()
  @IsEnum(OutputCheck)
  policy?: OutputCheck | null;
}

@ObjectType()
export class ProductionOutputCheck {
  @Field(() => ID) productionId!: string;
  @Field(() => OutputCheck, { nullable: true }) policy!: OutputCheck | null;
}

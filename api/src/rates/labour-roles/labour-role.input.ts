import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType()
export class LabourRoleInput {
  @Field({ description: '2 to 32 upper-case letters, digits or _, e.g. ROTO_ARTIST.' })
  @Matches(/^[A-Z0-9_]{2,32}$/, { message: 'use 2 to 32 upper-case letters, digits or _ (e.g. ROTO_ARTIST)' })
  code!: string;

  @Field()
  @Length(1, 120, { message: 'give a name of 1 to 120 characters' })
  name!: string;

  @Field()
  @Length(1, 120, { message: 'give a department of 1 to 120 characters (e.g. Comp)' })
  department!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}-\d{4}$/, { message: 'write a SOC code as NN-NNNN, e.g. 27-1014' })
  socCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'give a union local of 1 to 120 characters, or leave it out' })
  unionLocal?: string | null;
}

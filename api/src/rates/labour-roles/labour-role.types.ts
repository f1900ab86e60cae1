import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';

@ObjectType('LabourRole', {
  description: 'A craft whose hours are logged and priced: roto artist, compositor, editor...',
})
export class LabourRoleType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Upper-case code used in imports, e.g. ROTO_ARTIST.' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Department, e.g. Prep, Comp, Finishing.' }) department!: string;
  @Field(() => String, {
    nullable: true,
    description: 'US SOC code, e.g. 27-1014 (effects artists), 27-4032 (editors).',
  })
  socCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Union or guild local, e.g. The Animation Guild, IATSE Local 839.',
  })
  unionLocal!: string | null;
}

export const LabourRoleConnection = Connection(LabourRoleType, 'LabourRole');

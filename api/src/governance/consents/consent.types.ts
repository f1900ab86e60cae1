import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Money } from '../../platform/graphql/money';
import { LikenessKind } from '../../platform/graphql/vocabulary.enums';

@ObjectType('Consent', {
  description: "A performer's consent to a digital replica or alteration on one production.",
})
export class ConsentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
  @Field() performerName!: string;
  @Field(() => LikenessKind) replicaKind!: LikenessKind;
  @Field({ description: 'What the performer agreed to, as written in the consent.' }) scope!: string;
  @Field(() => String, { nullable: true, description: 'sha256 of the signed document in the file store.' })
  documentSha256!: string | null;
  @Field() signedAt!: string;
  @Field() noticeGivenAt!: string;
  @Field(() => Money) compensation!: Money;
  @Field({ description: "Given by the performer's estate." }) estateConsent!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the performer was scanned for the replica.' })
  scanReason!: string | null;
  @Field({ description: 'The performer was a minor when it was signed.' }) performerMinor!: boolean;
  @Field(() => String, { nullable: true, description: 'The parent or guardian who also consented (minors).' })
  guardianName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "When the performer's data was licensed for third-party AI training; null: not licensed.",
  })
  trainingLicensedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'When the performer was told of that licence.' })
  trainingNoticeAt!: string | null;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
}

@ObjectType('Notice', {
  description:
    'A notice to a union: of generative AI on covered work (worker), or of a synthetic performer (union).',
})
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The synthetic performer task it covers; null: the whole production.',
  })
  taskId!: string | null;
  @Field() unionName!: string;
  @Field() scope!: string;
  @Field() givenAt!: string;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
}

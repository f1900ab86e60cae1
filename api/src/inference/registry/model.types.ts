import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Connection } from '../../platform/graphql/connection';
import { Adapter } from './adapter.types';
import { ToolDataTerms } from './data-terms';

export enum ModelStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export enum TrainingDataKind {
  LICENSED = 'LICENSED',
  CONSENTED = 'CONSENTED',
  PUBLIC_DOMAIN = 'PUBLIC_DOMAIN',
  SYNTHETIC = 'SYNTHETIC',
  MIXED = 'MIXED',
  UNKNOWN = 'UNKNOWN',
}
export enum ModelWeights {
  HAND_SET = 'HAND_SET',
  TRAINED = 'TRAINED',
}
registerEnumType(ModelStatus, {
  name: 'ModelStatus',
  description: 'A new model is PENDING until an admin approves or rejects it.',
});
registerEnumType(TrainingDataKind, {
  name: 'TrainingDataKind',
  description: 'Where the training data came from, as its makers declare.',
});
registerEnumType(ModelWeights, {
  name: 'ModelWeights',
  description:
    'HAND_SET: constants computing a classical operation; TRAINED: learned from data (C2PA trainedAlgorithmicMedia).',
});

@ObjectType('TensorInfo', { description: 'A model input or output as onnxruntime reads it from the file.' })
export class TensorInfoType {
  @Field() name!: string;
  @Field({ description: 'Element type, e.g. float32.' }) type!: string;
  @Field(() => [String], {
    description: 'Dimensions; a name (e.g. "height") is a dimension the model accepts at any size.',
  })
  shape!: string[];
}

@ObjectType('Opset', {
  description: 'An operator set the model uses; an empty domain is the default ONNX one.',
})
export class OpsetType {
  @Field() domain!: string;
  @Field(() => Int) version!: number;
}

@InputType('ModelProvenanceInput')
@ObjectType('ModelProvenance', {
  description: 'What a reviewer reads about a model before trusting its output.',
})
export class ModelProvenance {
  @Field({ description: 'SPDX licence id (e.g. Apache-2.0) or LicenseRef-... for one SPDX does not list.' })
  @Matches(/^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]{0,63})$/, {
    message:
      'give an SPDX licence id such as Apache-2.0 or MIT, or LicenseRef-<name> for a licence SPDX does not list',
  })
  licence!: string;

  @Field(() => TrainingDataKind) @IsEnum(TrainingDataKind) trainingData!: TrainingDataKind;

  @Field({ description: 'What the declaration rests on, with its gaps.' })
  @IsString()
  @MaxLength(10_000)
  trainingDataNotes!: string;

  @Field() @Length(1, 200, { message: 'name the vendor or maker in 1 to 200 characters' }) vendor!: string;

  @Field({ description: 'Where the file comes from (a URL, a package and path, an internal build).' })
  @IsString()
  @MaxLength(2000)
  source!: string;

  @Field(() => ModelWeights) @IsEnum(ModelWeights) weights!: ModelWeights;

  @Field({ description: 'The model card: what it does, its inputs and outputs, its limits.' })
  @IsString()
  @MaxLength(100_000)
  modelCard!: string;
}

@InputType()
export class PerformerScopeInput {
  @Field({ description: 'The performer whose likeness the model was trained on, as the consent names them.' })
  @Length(1, 200, { message: 'name the performer in 1 to 200 characters' })
  performerName!: string;

  @Field(() => ID, { description: 'The one production the model may run on (its consent is for it).' })
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;
}

@ObjectType('PerformerScope', {
  description:
    "A model trained on a performer's likeness, usable only on the production named at registration.",
})
export class PerformerScopeType {
  @Field() performerName!: string;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
}

@ObjectType('Model', { description: 'A registered ONNX model with its adapter and provenance.' })
export class ModelType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() version!: string;
  @Field({ description: 'sha256 of the .onnx file, lower-case hex.' }) sha256!: string;
  @Field(() => ID, { description: 'The stored file; download at /files/{fileId}.' }) fileId!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => [TensorInfoType]) inputs!: TensorInfoType[];
  @Field(() => [TensorInfoType]) outputs!: TensorInfoType[];
  @Field(() => Int) irVersion!: number;
  @Field(() => [OpsetType]) opsets!: OpsetType[];
  @Field() producer!: string;
  @Field(() => [String], { description: 'Task type codes the model serves, e.g. KEYING.' })
  taskTypes!: string[];
  @Field(() => Adapter) adapter!: Adapter;
  @Field(() => ModelProvenance) provenance!: ModelProvenance;
  @Field(() => ToolDataTerms, {
    description: "This registration's data terms (self-hosted unless recorded otherwise).",
  })
  dataTerms!: ToolDataTerms;
  @Field(() => PerformerScopeType, {
    nullable: true,
    description:
      "Trained on a performer's likeness: the one production it may run on (PERFORMER_MODEL_SCOPED).",
  })
  performerScope!: PerformerScopeType | null;
  @Field(() => Int, {
    description:
      "Revision of the file's provenance shown (licence, training data, origin belong to the file's sha256); 1 until an admin corrects it.",
  })
  provenanceRevision!: number;
  @Field(() => ModelStatus) status!: ModelStatus;
  @Field(() => String, { nullable: true, description: 'Why it was rejected.' }) decisionReason!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The admin who approved or rejected it.' }) decidedBy!:
    string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field() createdAt!: string;
}

export const ModelConnection = Connection(ModelType, 'Model');

@InputType()
export class RegisterModelInput {
  @Field(() => ID, { description: 'The fileId POST /files/models answered with.' })
  @IsUUID('all', { message: 'give the fileId that POST /files/models answered with' })
  fileId!: string;

  @Field()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/, {
    message: 'use 1 to 120 letters, digits, dots, - or _ (e.g. matting-v2)',
  })
  name!: string;

  @Field()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.+_-]{0,39}$/, {
    message: 'use a version such as 1.0.0 (letters, digits, . + - _)',
  })
  version!: string;

  @Field(() => [String], { description: 'Task type codes it serves, e.g. ["KEYING"].' })
  @ArrayMinSize(1, { message: 'name at least one task type the model serves, e.g. KEYING' })
  @ArrayMaxSize(20)
  @Matches(/^[A-Z_]{2,32}$/, { each: true, message: 'task type codes are upper-case, e.g. ROTO or KEYING' })
  taskTypes!: string[];

  @Field(() => Adapter) @ValidateNested() @Type(() => Adapter) adapter!: Adapter;

  @Field(() => ModelProvenance) @ValidateNested() @Type(() => ModelProvenance) provenance!: ModelProvenance;

  @Field(() => ToolDataTerms, {
    nullable: true,
    description:
      "Its maker's terms for production data; omitted: self-hosted (FrameLedger's workers run it: not trained on, not kept, enterprise).",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ToolDataTerms)
  dataTerms?: ToolDataTerms | null;

  @Field(() => PerformerScopeInput, {
    nullable: true,
    description:
      "Give it for a model trained on a performer's likeness: it will run only on that production.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PerformerScopeInput)
  performerScope?: PerformerScopeInput | null;
}

@InputType()
export class ModelFilter {
  @Field(() => ModelStatus, { nullable: true }) @IsOptional() @IsEnum(ModelStatus) status?: ModelStatus;
  @Field({ nullable: true, description: 'Only models serving this task type.' })
  @IsOptional()
  @IsString()
  taskType?: string;
}

@InputType()
export class CorrectModelProvenanceInput {
  @Field(() => ID, {
    description: 'Any model registered from the file; every model of that file shows the correction.',
  })
  @IsUUID('all', { message: 'give the id of a registered model' })
  modelId!: string;

  @Field(() => ModelProvenance, {
    description: 'The corrected provenance (the model card is left as it is).',
  })
  @ValidateNested()
  @Type(() => ModelProvenance)
  provenance!: ModelProvenance;

  @Field({ description: 'Why the provenance was wrong, for the reviewers and the audit log.' })
  @Length(1, 2000, { message: 'say why the provenance is corrected (1 to 2000 characters)' })
  reason!: string;
}

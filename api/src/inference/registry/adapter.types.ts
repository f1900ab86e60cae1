import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import type { AdapterSpec } from '../engine';

export enum TensorLayout {
  NCHW = 'NCHW',
  NHWC = 'NHWC',
}
export enum ColourOrder {
  RGB = 'RGB',
  BGR = 'BGR',
}
export enum OutputKind {
  IMAGE = 'IMAGE',
  MATTE = 'MATTE',
  MASK = 'MASK',
}
export enum FrameSizeRule {
  ANY = 'ANY',
  MULTIPLE_OF = 'MULTIPLE_OF',
  FIXED = 'FIXED',
}
export enum FixedSizeStrategy {
  RESIZE = 'RESIZE',
  TILE = 'TILE',
}
export enum ExtraInputSource {
  PREVIOUS_FRAME = 'PREVIOUS_FRAME',
  FRAME_ALPHA = 'FRAME_ALPHA',
}
registerEnumType(TensorLayout, {
  name: 'TensorLayout',
  description: 'Order of the image tensor: channels second (NCHW) or last (NHWC).',
});
registerEnumType(ColourOrder, { name: 'ColourOrder', description: 'Channel order the model expects.' });
registerEnumType(OutputKind, {
  name: 'OutputKind',
  description:
    'IMAGE: 3-channel picture; MATTE: 1-channel coverage 0..1; MASK: 1-channel, thresholded to black or white.',
});
registerEnumType(FrameSizeRule, {
  name: 'FrameSizeRule',
  description: 'Which frame sizes the model accepts.',
});
registerEnumType(FixedSizeStrategy, {
  name: 'FixedSizeStrategy',
  description:
    'How a frame meets a fixed-size model: RESIZE scales the whole frame; TILE cuts overlapping tiles.',
});
registerEnumType(ExtraInputSource, {
  name: 'ExtraInputSource',
  description:
    "What feeds a model input besides the frame. PREVIOUS_FRAME: the frame before in the job's order, fed like the frame (the first frame pairs with itself). FRAME_ALPHA: the frame's alpha channel as 1 channel of 0..1 (frames without alpha fail the job).",
});

@InputType('ValueRangeInput')
@ObjectType('ValueRange', { description: 'Pixel values 0..255 map linearly onto min..max.' })
export class ValueRange {
  @Field(() => Float) @IsNumber() min!: number;
  @Field(() => Float) @IsNumber() max!: number;
}

@InputType('MeanStdInput')
@ObjectType('MeanStd', {
  description: "Pixels scaled to 0..1, then (v - mean) / std per channel, in the model's channel order.",
})
export class MeanStd {
  @Field(() => [Float]) @ArrayMinSize(3) @ArrayMaxSize(3) @IsNumber({}, { each: true }) mean!: number[];
  @Field(() => [Float]) @ArrayMinSize(3) @ArrayMaxSize(3) @IsNumber({}, { each: true }) std!: number[];
}

@InputType('ExtraInputInput')
@ObjectType('ExtraInput', { description: 'A model input fed from something other than the frame.' })
export class ExtraInput {
  @Field(() => String, { description: "The model input's name, as in the .onnx file." })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ExtraInputSource) @IsEnum(ExtraInputSource) source!: ExtraInputSource;
}

/**
 * How a frame is fed to a model and its output read back (docs/design.md, "Domain"). The same
 * shape is the registerModel input and what `Model.adapter` returns.
 */
@InputType('AdapterInput')
@ObjectType('Adapter')
export class Adapter {
  @Field(() => TensorLayout) @IsEnum(TensorLayout) layout!: TensorLayout;
  @Field(() => ColourOrder) @IsEnum(ColourOrder) colour!: ColourOrder;

  @Field(() => ValueRange, { nullable: true, description: 'Give this or meanStd.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValueRange)
  valueRange?: ValueRange | null;

  @Field(() => MeanStd, { nullable: true, description: 'Give this or valueRange.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeanStd)
  meanStd?: MeanStd | null;

  @Field(() => FrameSizeRule) @IsEnum(FrameSizeRule) size!: FrameSizeRule;

  @Field(() => Int, {
    nullable: true,
    description: 'MULTIPLE_OF: frames are padded up to a multiple of this many pixels.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  sizeMultiple?: number | null;

  @Field(() => Int, { nullable: true, description: "FIXED: the model's input width in pixels." })
  @IsOptional()
  @IsInt()
  @Min(1)
  width?: number | null;

  @Field(() => Int, { nullable: true, description: "FIXED: the model's input height in pixels." })
  @IsOptional()
  @IsInt()
  @Min(1)
  height?: number | null;

  @Field(() => FixedSizeStrategy, { nullable: true, description: 'FIXED: resize or tile.' })
  @IsOptional()
  @IsEnum(FixedSizeStrategy)
  fixedSizeStrategy?: FixedSizeStrategy | null;

  @Field(() => Int, { nullable: true, description: 'TILE: pixels neighbouring tiles share (even).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  tileOverlap?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The input that takes the frame; required when the model has several inputs.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  imageInput?: string | null;

  @Field(() => [ExtraInput], {
    nullable: true,
    description: "The model's other inputs, each with its source; every input is fed exactly once.",
  })
  @IsOptional()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => ExtraInput)
  extraInputs?: ExtraInput[] | null;

  @Field(() => String, { nullable: true, description: 'The output to read when the model has several.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  outputName?: string | null;

  @Field(() => OutputKind) @IsEnum(OutputKind) outputKind!: OutputKind;

  @Field(() => [Float], {
    nullable: true,
    description: 'IMAGE: the model values of black and white (default: the input range).',
  })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsNumber({}, { each: true })
  outputRange?: number[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'MASK: values at or above it are inside (default 0.5).',
  })
  @IsOptional()
  @IsNumber()
  maskThreshold?: number | null;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The engine's adapter from the GraphQL input; which value mapping and size fields apply is checked first. */
export function toAdapterSpec(input: Adapter): AdapterSpec | { field: string; message: string } {
  if (present(input.valueRange) === present(input.meanStd)) {
    return {
      field: 'adapter.valueRange',
      message: 'Give exactly one of valueRange (e.g. 0 to 1) or meanStd (per-channel mean and std).',
    };
  }
  const values: AdapterSpec['values'] = input.valueRange
    ? { kind: 'range', min: input.valueRange.min, max: input.valueRange.max }
    : {
        kind: 'meanStd',
        mean: input.meanStd!.mean as [number, number, number],
        std: input.meanStd!.std as [number, number, number],
      };
  let size: AdapterSpec['size'];
  if (input.size === FrameSizeRule.MULTIPLE_OF) {
    if (!present(input.sizeMultiple))
      return {
        field: 'adapter.sizeMultiple',
        message: 'Size MULTIPLE_OF needs sizeMultiple, the number of pixels (e.g. 32).',
      };
    size = { kind: 'multipleOf', n: input.sizeMultiple };
  } else if (input.size === FrameSizeRule.FIXED) {
    if (!present(input.width) || !present(input.height))
      return { field: 'adapter.width', message: "Size FIXED needs the model's width and height in pixels." };
    size = { kind: 'fixed', width: input.width, height: input.height };
  } else {
    size = { kind: 'any' };
  }
  const spec: AdapterSpec = {
    layout: input.layout,
    colour: input.colour,
    values,
    size,
    outputKind: input.outputKind,
  };
  if (present(input.fixedSizeStrategy))
    spec.fixedSizeStrategy = input.fixedSizeStrategy === FixedSizeStrategy.TILE ? 'tile' : 'resize';
  if (present(input.tileOverlap)) spec.tileOverlap = input.tileOverlap;
  if (present(input.imageInput)) spec.imageInput = input.imageInput;
  if (input.extraInputs?.length)
    spec.extraInputs = input.extraInputs.map(({ name, source }) => ({ name, source }));
  if (present(input.outputName)) spec.outputName = input.outputName;
  if (present(input.outputRange)) spec.outputRange = input.outputRange as [number, number];
  if (present(input.maskThreshold)) spec.maskThreshold = input.maskThreshold;
  return spec;
}

/** The GraphQL view of a stored adapter. */
export function fromAdapterSpec(spec: AdapterSpec): Adapter {
  return {
    layout: spec.layout as TensorLayout,
    colour: spec.colour as ColourOrder,
    valueRange: spec.values.kind === 'range' ? { min: spec.values.min, max: spec.values.max } : null,
    meanStd: spec.values.kind === 'meanStd' ? { mean: spec.values.mean, std: spec.values.std } : null,
    size: { any: FrameSizeRule.ANY, multipleOf: FrameSizeRule.MULTIPLE_OF, fixed: FrameSizeRule.FIXED }[
      spec.size.kind
    ],
    sizeMultiple: spec.size.kind === 'multipleOf' ? spec.size.n : null,
    width: spec.size.kind === 'fixed' ? spec.size.width : null,
    height: spec.size.kind === 'fixed' ? spec.size.height : null,
    fixedSizeStrategy: spec.fixedSizeStrategy
      ? spec.fixedSizeStrategy === 'tile'
        ? FixedSizeStrategy.TILE
        : FixedSizeStrategy.RESIZE
      : null,
    tileOverlap: spec.tileOverlap ?? null,
    imageInput: spec.imageInput ?? null,
    extraInputs:
      spec.extraInputs?.map(({ name, source }) => ({ name, source: source as ExtraInputSource })) ?? null,
    outputName: spec.outputName ?? null,
    outputKind: spec.outputKind as OutputKind,
    outputRange: spec.outputRange ?? null,
    maskThreshold: spec.maskThreshold ?? null,
  };
}

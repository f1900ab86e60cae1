import { Controller, HttpCode, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { IsOptional, IsUUID } from 'class-validator';
import { Actor } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { SpooledRequest, SpooledUpload } from '../../platform/files/spooled-upload';
import { FrameFolderUpload, FrameFoldersService } from './frame-folders.service';

/** Most frames one request may carry; a longer shot is uploaded in parts (one folder each). */
export const MAX_FRAMES_PER_UPLOAD = 2000;
/** A 16-bit 8K TIFF is about 200 MB; anything far past that is not a plate. */
export const MAX_FRAME_BYTES = 512 * 1024 ** 2;

/** `?productionId=`: the production the plates are for; a person scoped to productions names one of theirs. */
class FramesTarget {
  @IsOptional()
  @IsUUID('all', { message: 'give the id of the production the plates are for' })
  productionId?: string;
}

/**
 * POST /files/frames, multipart field `frames` (several images) and optional field `name`:
 * one frame-sequence folder in the store. Answers the folder with its frames and their file ids.
 * With `?productionId=` the folder belongs to that production and runs on its tasks only.
 */
@Controller('files/frames')
export class FramesUploadController {
  constructor(private readonly folders: FrameFoldersService) {}

  @Roles(Role.ADMIN, Role.OPERATOR)
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    SpooledUpload(() => ({
      field: 'frames',
      maxFiles: MAX_FRAMES_PER_UPLOAD,
      maxFileBytes: MAX_FRAME_BYTES,
    })),
  )
  upload(
    @Req() req: SpooledRequest & { user: Actor },
    @Query() target: FramesTarget,
  ): Promise<FrameFolderUpload> {
    const name = typeof req.body?.name === 'string' ? req.body.name : undefined;
    return this.folders.upload(req.files ?? [], name, req.user.id, target.productionId ?? null);
  }
}

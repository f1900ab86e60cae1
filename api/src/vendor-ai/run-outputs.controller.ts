import { Controller, HttpCode, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { IsOptional, IsUUID } from 'class-validator';
import { Role } from '../common/roles';
import { badInput } from '../common/errors';
import { Actor } from '../platform/auth/current-user';
import { Roles } from '../platform/auth/roles.decorator';
import { SpooledRequest, SpooledUpload } from '../platform/files/spooled-upload';
import { RunOutputsService, RunOutput, MAX_OUTPUT_BYTES, MAX_OUTPUT_FILES } from './run-outputs.service';

/** `?taskId=`: the task the outputs are for; a person scoped to productions (a vendor too) names it. */
class RunOutputTarget {
  @IsOptional()
  @IsUUID('all', { message: 'give the id of the task the outputs are for' })
  taskId?: string;
}

/**
 * POST /files/vendor-ai/outputs, multipart field `file` (up to 20 files): what a vendor run
 * delivered. Answers each file's id, sha256 and C2PA status; recordAiRun takes the ids.
 */
@Controller('files/vendor-ai/outputs')
export class RunOutputsController {
  constructor(private readonly outputs: RunOutputsService) {}

  // VENDOR: for a task assigned to its company (the roles guard checks `taskId`).
  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR, Role.VENDOR)
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    SpooledUpload(() => ({ field: 'file', maxFiles: MAX_OUTPUT_FILES, maxFileBytes: MAX_OUTPUT_BYTES })),
  )
  upload(
    @Req() req: SpooledRequest & { user: Actor },
    @Query() target: RunOutputTarget,
  ): Promise<RunOutput[]> {
    const files = req.files ?? [];
    if (files.length === 0)
      throw badInput('file', 'Attach the run\'s output files in the multipart field "file".');
    return this.outputs.upload(files, req.user.id, target.taskId);
  }
}

import { Controller, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { Actor } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { badInput } from '../../common/errors';
import { Role } from '../../common/roles';
import { SpooledRequest, SpooledUpload } from '../../platform/files/spooled-upload';
import { ModelsService, ModelUpload } from './models.service';

/**
 * POST /files/models, multipart field `file`: one .onnx file up to MAX_MODEL_BYTES. Answers the
 * fileId to pass to registerModel, with the inputs and outputs onnxruntime read from the file.
 */
@Controller('files/models')
export class ModelUploadController {
  constructor(private readonly models: ModelsService) {}

  @Roles(Role.ADMIN, Role.OPERATOR)
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    SpooledUpload((config) => ({ field: 'file', maxFiles: 1, maxFileBytes: config.maxModelBytes })),
  )
  upload(@Req() req: SpooledRequest & { user: Actor }): Promise<ModelUpload> {
    const [file] = req.files ?? [];
    if (!file) throw badInput('file', 'Attach the .onnx file in the multipart field "file".');
    return this.models.upload(file, req.user.id);
  }
}

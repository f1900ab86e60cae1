import { Controller, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { Actor } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { badInput } from '../../common/errors';
import { SpooledRequest, SpooledUpload } from '../../platform/files/spooled-upload';
import { GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import {
  ConsentDocument,
  ConsentDocumentsService,
  MAX_CONSENT_DOCUMENT_BYTES,
} from './consent-documents.service';

/**
 * POST /files/governance/consent-documents, multipart field `document`: the signed consent (PDF,
 * PNG or JPEG). Answers its sha256, which recordConsent takes as documentSha256.
 */
@Controller('files/governance/consent-documents')
export class ConsentDocumentsController {
  constructor(private readonly documents: ConsentDocumentsService) {}

  @Roles(...GOVERNANCE_RECORDERS)
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    SpooledUpload(() => ({ field: 'document', maxFiles: 1, maxFileBytes: MAX_CONSENT_DOCUMENT_BYTES })),
  )
  upload(@Req() req: SpooledRequest & { user: Actor }): Promise<ConsentDocument> {
    const [file] = req.files ?? [];
    if (!file) throw badInput('document', 'Attach the signed consent in the multipart field "document".');
    return this.documents.upload(file, req.user.id);
  }
}

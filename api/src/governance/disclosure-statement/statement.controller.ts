import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { IsOptional, IsUUID } from 'class-validator';
import { GOVERNANCE_READERS } from '../../common/governance-roles';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { statementPdf } from './statement-pdf';
import { SignedStatement, StatementService } from './statement.service';

export class StatementQuery {
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @IsOptional()
  @IsUUID('all', { message: 'give an episode id, or leave it out for the whole production' })
  episodeId?: string;
}

/**
 * GET /files/governance/disclosure-statement.pdf|.json?productionId=[&episodeId=] with a bearer
 * token: the statement as a document (each download generated afresh and audited).
 */
@Controller('files/governance')
export class StatementController {
  constructor(private readonly statements: StatementService) {}

  @Roles(...GOVERNANCE_READERS)
  @Get('disclosure-statement.pdf')
  async pdf(@Query() query: StatementQuery, @CurrentUser() actor: Actor): Promise<StreamableFile> {
    const signed = await this.generate(query, actor);
    return new StreamableFile(await statementPdf(signed), {
      type: 'application/pdf',
      disposition: `attachment; filename="${fileName(signed)}.pdf"`,
    });
  }

  @Roles(...GOVERNANCE_READERS)
  @Get('disclosure-statement.json')
  async json(@Query() query: StatementQuery, @CurrentUser() actor: Actor): Promise<StreamableFile> {
    const signed = await this.generate(query, actor);
    return new StreamableFile(Buffer.from(JSON.stringify(signed, null, 2)), {
      type: 'application/json',
      disposition: `attachment; filename="${fileName(signed)}.json"`,
    });
  }

  private generate(query: StatementQuery, actor: Actor) {
    return this.statements.generate(query.productionId, query.episodeId ?? null, actor.id);
  }
}

const fileName = ({ statement }: SignedStatement) =>
  `frameledger-disclosure-${statement.production.code}-${statement.audit.treeSize}`.replace(
    /[^A-Za-z0-9._-]/g,
    '_',
  );

import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCurrency, IsQuarter } from '../../common/input-rules';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { QuarterlyPdfService } from './quarterly-pdf.service';

export class QuarterlyPdfQuery {
  @IsQuarter()
  quarter!: string;

  @IsCurrency()
  currency!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'give the month the fiscal year starts, 1 to 12' })
  @Min(1, { message: 'give the month the fiscal year starts, 1 to 12' })
  @Max(12, { message: 'give the month the fiscal year starts, 1 to 12' })
  fiscalYearStartMonth?: number;
}

/** The executives' PDF: GET /files/reports/quarterly.pdf?quarter=2026-Q2&currency=USD with a bearer token. */
@Controller('files/reports')
export class QuarterlyPdfController {
  constructor(private readonly pdfs: QuarterlyPdfService) {}

  @Roles(Role.EXECUTIVE, Role.ADMIN)
  @Get('quarterly.pdf')
  async quarterly(@Query() query: QuarterlyPdfQuery, @CurrentUser() actor: Actor): Promise<StreamableFile> {
    const file = await this.pdfs.export(
      query.quarter,
      query.currency,
      query.fiscalYearStartMonth ?? 1,
      actor.id,
    );
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}

import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
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

  /** Only these productions: productionIds=a,b or the parameter repeated; every production when left out. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean),
  )
  @ArrayMaxSize(100, { message: 'give at most 100 production ids' })
  @IsUUID('all', { each: true, message: 'give production ids this API gave out' })
  productionIds?: string[];
}

/** The executives' PDF: GET /files/reports/quarterly.pdf?quarter=2026-Q2&currency=USD[&productionIds=...] with a bearer token. */
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
      query.productionIds?.length ? query.productionIds : undefined,
    );
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}

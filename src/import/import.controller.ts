import { Body, Controller, HttpCode, Param, ParseEnumPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiTags, type ApiBodyOptions } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { validationFailed } from '../common/http/validation.js';
import { UploadErrorsInterceptor } from '../documents/upload-errors.interceptor.js';
import type { UploadedDocumentFile } from '../documents/uploaded-file.js';
import { ImportUploadDto } from './dto/import-upload.dto.js';
import { ImportReport } from './import-report.view.js';
import { IMPORT_KINDS, ImportService, type ImportKind } from './import.service.js';

const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file', 'committeeId'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'CSV, UTF-8, separated by semicolons or commas (see docs/import/)' },
      committeeId: { type: 'string', format: 'uuid' },
    },
  },
};

const kindPipe = new ParseEnumPipe(Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, kind])), {
  exceptionFactory: () => validationFailed([{ field: 'kind', rule: 'oneOf', values: [...IMPORT_KINDS], reason: `kind moet een van ${IMPORT_KINDS.join(', ')} zijn / kind must be one of ${IMPORT_KINDS.join(', ')}` }]),
});

/** Admins import the previous databank's listings and cases in flight: a dry run first, then the import itself. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/import/:kind')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  /** Every row's problems and what the import would do with each row; writes nothing. */
  @Post('dry-run')
  @HttpCode(200)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiParam({ name: 'kind', enum: IMPORT_KINDS })
  @ApiOkResponse({ type: ImportReport, description: 'What the import would do with each row, and every problem.' })
  dryRun(@Param('kind', kindPipe) kind: ImportKind, @Body() body: ImportUploadDto, @UploadedFile() file: UploadedDocumentFile | undefined): Promise<ImportReport> {
    return this.imports.dryRun(kind, body.committeeId, requireFile(file));
  }

  /** Imports the whole file in one transaction, or nothing (400 IMPORT_FILE_INVALID with the report). */
  @Post()
  @HttpCode(200)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiParam({ name: 'kind', enum: IMPORT_KINDS })
  @ApiOkResponse({ type: ImportReport, description: 'What the import did with each row.' })
  run(@CurrentUser() user: AuthUser, @Param('kind', kindPipe) kind: ImportKind, @Body() body: ImportUploadDto, @UploadedFile() file: UploadedDocumentFile | undefined): Promise<ImportReport> {
    return this.imports.run(user, kind, body.committeeId, requireFile(file));
  }
}

function requireFile(file: UploadedDocumentFile | undefined): Buffer {
  if (!file) throw validationFailed([{ field: 'file', rule: 'required', reason: 'een CSV-bestand is verplicht / a CSV file is required' }]);
  return file.buffer;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../document-kind.js';

/** The text fields of the multipart upload; the file itself arrives in the `file` part. */
export class UploadDocumentDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  /** Defaults to the kind's name (handbook, process evaluation) or the file name. */
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(1) @MaxLength(200)
  title?: string;

  /** Adds the upload as a new version of this document instead of a new document. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable() @IsUUID()
  documentId?: string;
}

import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { LANGUAGES, type Language } from '../../users/role.js';

export class MailTemplateParams {
  @IsString() @MaxLength(100)
  template: string;

  @IsIn(LANGUAGES)
  language: Language;
}

/** The admin's wording: subject and body (paragraphs separated by an empty line), with {{placeholders}}. */
export class MailTemplateWordingRequest {
  @IsString() @MinLength(1) @MaxLength(300)
  subject: string;

  @IsString() @MinLength(1) @MaxLength(10_000)
  body: string;
}

export class MailTemplatePreviewRequest extends MailTemplateWordingRequest {
  /** The application to fill the placeholders from; without it, the newest one. */
  @IsOmittable() @IsUUID()
  applicationId?: string;
}

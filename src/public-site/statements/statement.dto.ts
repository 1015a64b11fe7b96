import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/text.js';
import { STATEMENT_KINDS, type StatementKind } from './site-statement.entity.js';

export const STATEMENT_MAX_CHARS = 20_000;

export class StatementKindParam {
  @IsIn(STATEMENT_KINDS)
  kind: StatementKind;
}

/** The admin's new text of a statement, both languages at once, and its contact address. */
export class PutStatementDto {
  @Trim() @IsString() @MinLength(50) @MaxLength(STATEMENT_MAX_CHARS)
  bodyNl: string;

  @Trim() @IsString() @MinLength(50) @MaxLength(STATEMENT_MAX_CHARS)
  bodyEn: string;

  @Trim() @IsEmail() @MaxLength(200)
  contactEmail: string;
}

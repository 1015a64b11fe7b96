import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine } from '../../common/validation/text.js';
import { LANGUAGES, type Language } from '../role.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Fields every account has; reused by registration, staff creation and profile edits. */
export class ProfileFields {
  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Transform(trimLower)
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn / email must be a valid e-mail address' })
  @SingleLine()
  @MaxLength(254)
  email: string;

  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  organisation: string;

  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}

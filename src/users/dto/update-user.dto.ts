import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine } from '../../common/validation/text.js';
import { LANGUAGES, ROLES, type Language, type Role } from '../role.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateUserDto {
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @IsOmittable()
  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  organisation?: string;

  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;

  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];
}

/** What a user may change of their own profile (not their roles). */
export class UpdateProfileDto {
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @IsOmittable()
  @Transform(trim)
  @IsString()
  @SingleLine()
  @MinLength(2)
  @MaxLength(200)
  organisation?: string;

  @IsOmittable()
  @IsIn(LANGUAGES)
  language?: Language;
}

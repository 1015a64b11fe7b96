import { IsBoolean, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../common/validation/omittable.js';
import { SingleLine, Trim } from '../common/validation/text.js';

export class ThemeSlugParam {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug: kleine letters, cijfers en streepjes / lower-case letters, digits and dashes' })
  @MaxLength(60)
  slug: string;
}

export class PutThemeDto {
  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(100)
  nameNl: string;

  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(100)
  nameEn: string;

  @IsOmittable() @IsBoolean()
  active?: boolean;
}

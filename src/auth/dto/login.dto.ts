import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TOTP_CODE_MESSAGE, TOTP_CODE_RULE } from '../two-factor/dto/two-factor-code.dto.js';

export class LoginDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn / email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  /** The six digits from the authenticator app, when the account has two-step sign-in on. */
  @IsOptional()
  @Matches(TOTP_CODE_RULE, { message: TOTP_CODE_MESSAGE })
  code?: string;

  /** Instead of `code`: one of the account's one-time recovery codes. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  recoveryCode?: string;
}

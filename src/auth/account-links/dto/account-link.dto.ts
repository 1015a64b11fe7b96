import { IsString, Matches } from 'class-validator';
import { IsAcceptablePassword } from '../../is-acceptable-password.decorator.js';

/** The token from the link's fragment: 32 random bytes, base64url. */
export class AccountLinkDto {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token moet de code uit de link zijn / token must be the code from the link' })
  token: string;
}

export class CompleteAccountLinkDto extends AccountLinkDto {
  @IsAcceptablePassword()
  password: string;
}

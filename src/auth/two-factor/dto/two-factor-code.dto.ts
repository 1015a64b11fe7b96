import { Matches } from 'class-validator';

export const TOTP_CODE_RULE = /^\d{6}$/;
export const TOTP_CODE_MESSAGE = 'code moet uit 6 cijfers bestaan / code must be 6 digits';

/** A current code from the authenticator app. */
export class TwoFactorCodeDto {
  @Matches(TOTP_CODE_RULE, { message: TOTP_CODE_MESSAGE })
  code: string;
}

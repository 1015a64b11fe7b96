import { Matches } from 'class-validator';
import { LoginDto } from '../../dto/login.dto.js';
import { TOTP_CODE_MESSAGE, TOTP_CODE_RULE } from './two-factor-code.dto.js';

/** First enrolment before any session exists: the password proves who asks. */
export class EnrolmentStartDto extends LoginDto {}

export class EnrolmentConfirmDto extends LoginDto {
  @Matches(TOTP_CODE_RULE, { message: TOTP_CODE_MESSAGE })
  declare code: string;
}

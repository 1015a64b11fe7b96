import { ProfileFields } from '../../users/dto/profile-fields.js';
import { IsAcceptablePassword } from '../is-acceptable-password.decorator.js';

/** Self-registration is for intervention owners only. */
export class RegisterDto extends ProfileFields {
  @IsAcceptablePassword()
  password: string;
}

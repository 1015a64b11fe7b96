import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { IsAcceptablePassword } from '../../auth/is-acceptable-password.decorator.js';
import { ROLES, type Role } from '../role.js';
import { ProfileFields } from './profile-fields.js';

export class CreateUserDto extends ProfileFields {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];

  /** An initial password the admin hands over; the user changes it after signing in. */
  @IsAcceptablePassword()
  password: string;
}

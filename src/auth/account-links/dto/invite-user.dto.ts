import { ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '../../../users/role.js';
import { ProfileFields } from '../../../users/dto/profile-fields.js';

/** A new account made by an admin: no password, the person chooses it through the invitation link. */
export class InviteUserDto extends ProfileFields {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

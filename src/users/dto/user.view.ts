import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, ROLES, type Language, type Role } from '../role.js';
import type { User } from '../user.entity.js';

/** What the API shows of a user: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisation!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];

  @ApiProperty({ enum: LANGUAGES, enumName: 'Language' })
  language!: Language;

  @ApiProperty()
  disabled!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export function userView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organisation: user.organisation,
    roles: user.roles,
    language: user.language,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
  };
}

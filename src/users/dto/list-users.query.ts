import { IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role } from '../role.js';

export class ListUsersQuery {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

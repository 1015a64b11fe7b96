import { IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../is-acceptable-password.decorator.js';

export class ChangePasswordDto {
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @IsAcceptablePassword()
  newPassword: string;
}

import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';

export class PasswordResetRequestDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn / email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

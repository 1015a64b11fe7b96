import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';

export class CreateCommitteeDto {
  /** The deelcommissie, e.g. "Maatschappelijke ondersteuning, participatie en veiligheid". */
  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  name: string;

  /** The databank it decides for, e.g. "Databank Effectieve sociale interventies". */
  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  databank: string;

  @IsUUID()
  chairId: string;

  @IsArray() @ArrayUnique() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  memberIds: string[];
}

export class UpdateCommitteeDto {
  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  name?: string;

  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  databank?: string;

  @IsOmittable() @IsUUID()
  chairId?: string;

  /** Replaces the member list. */
  @IsOmittable() @IsArray() @ArrayUnique() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  memberIds?: string[];

  @IsOmittable() @IsBoolean()
  active?: boolean;
}

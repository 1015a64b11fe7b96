import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { IntakeFields } from './intake-fields.js';

/** Starting a draft needs a name and the target level; the rest can follow. */
export class CreateApplicationDto extends IntakeFields {
  @Trim() @IsString() @MinLength(2) @MaxLength(200)
  declare name: string;

  @IsIn(LEVEL_CODES)
  declare targetLevel: LevelCode;
}

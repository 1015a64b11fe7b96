import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { IntakeDetails } from './intake-fields.js';

/** Starting a draft needs a name and the target level; the rest can follow. */
export class CreateApplicationDto extends IntakeDetails {
  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  name: string;

  @IsIn(LEVEL_CODES)
  targetLevel: LevelCode;
}

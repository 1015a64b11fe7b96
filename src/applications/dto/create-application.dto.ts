import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { IntakeDetails } from './intake-fields.js';

/** Starting a draft needs a name and the target level; the rest can follow. */
export class CreateApplicationDto extends IntakeDetails {
  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  name: string;

  /** One the committee offers (GET /procedures). */
  @IsIn(LEVEL_CODES)
  targetLevel: LevelCode;

  /** The committee (databank) applied to; left out: the oldest active committee (see docs/decisions/0027). */
  @IsOmittable() @IsUUID()
  committeeId?: string;
}

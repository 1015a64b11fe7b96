import { IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';

export class StartReassessmentDto {
  /** Defaults to the level the intervention holds now; a higher one needs new research. */
  @IsOmittable() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;
}

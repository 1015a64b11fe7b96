import { IsIn, IsOptional } from 'class-validator';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';

export class StartReassessmentDto {
  /** Defaults to the level the intervention holds now; a higher one needs new research. */
  @IsOptional() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;
}

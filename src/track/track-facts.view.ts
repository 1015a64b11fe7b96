import { ApiProperty } from '@nestjs/swagger';
import { LEVEL_CODES, type LevelCode } from './track.levels.js';

/** Which of the documents the track counts are in: shown so the owner sees what the next step needs. */
export class DocumentFactsView {
  @ApiProperty()
  handbook!: boolean;

  @ApiProperty()
  processEvaluation!: boolean;

  @ApiProperty({ type: 'integer' })
  effectStudies!: number;
}

/** The committee's procedure as this case follows it (the version it started under). */
export class TrackProcedureView {
  @ApiProperty({ enum: LEVEL_CODES, enumName: 'LevelCode', isArray: true })
  levels!: LevelCode[];

  /** Years a recognition at each offered level stays valid. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  validityYears!: Partial<Record<LevelCode, number>>;

  @ApiProperty({ type: 'integer' })
  objectionWindowDays!: number;

  @ApiProperty({ type: 'integer' })
  conditionsPeriodMonths!: number;
}

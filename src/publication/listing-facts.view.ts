import { ApiProperty } from '@nestjs/swagger';
import { AGE_BAND_CODES, COST_BASES, SETTINGS, type AgeBand, type CostBasis, type Setting } from '../description/listing-facts.js';

/** A listing's structured facts as the public detail and open data give them (listing-facts.ts). */
export class PublicListingFacts {
  @ApiProperty({ type: Number, nullable: true, description: 'Whole euro cents' })
  costAmountCents!: number | null;

  @ApiProperty({ enum: COST_BASES, enumName: 'CostBasis', nullable: true })
  costBasis!: CostBasis | null;

  @ApiProperty()
  costIncludes!: string;

  @ApiProperty({ type: Number, nullable: true })
  durationWeeks!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  sessions!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  sessionMinutes!: number | null;

  @ApiProperty()
  staffQualifications!: string;

  @ApiProperty()
  training!: string;

  @ApiProperty({ type: Boolean, nullable: true })
  trainingRequired!: boolean | null;

  @ApiProperty({ enum: SETTINGS, enumName: 'ListingSetting', isArray: true })
  settings!: Setting[];

  @ApiProperty({ type: Number, nullable: true })
  ageMin!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  ageMax!: number | null;

  @ApiProperty({ enum: AGE_BAND_CODES, enumName: 'AgeBand', isArray: true })
  ageBands!: AgeBand[];
}

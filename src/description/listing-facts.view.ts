import { ApiProperty } from '@nestjs/swagger';
import { COST_BASES, SETTINGS, type CostBasis, type Setting } from './listing-facts.js';

/** The werkblad's structured facts for the listing (listing-facts.ts): every field may be empty. */
export class ListingFactsView {
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
}

/** The live facts of a werkblad with their own version (0 while never saved). */
export class CurrentFactsView {
  @ApiProperty({ type: ListingFactsView })
  facts!: ListingFactsView;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: Date | null;
}

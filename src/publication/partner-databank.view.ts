import { ApiProperty } from '@nestjs/swagger';

/** A partner's databank: the committee that decides for it and the path of its own pages. */
export class PartnerDatabank {
  /** The path name: /databanken/<slug>/interventies. */
  @ApiProperty()
  slug!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  committeeName!: string;

  /** Whether the committee's current settings publish niet-erkend verdicts (older cases keep their own version's rule). */
  @ApiProperty()
  publishesNegativeVerdicts!: boolean;
}

/** A final niet-erkend verdict as the databank shows it: never the reviews, reviewers or the owner's contact. */
export class PublicNegativeVerdict {
  /** Stable anchor for the entry (the application's id; no reference or person). */
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  organisation!: string;

  @ApiProperty({ enum: ['not_recognised'] })
  verdict!: 'not_recognised';

  @ApiProperty()
  verdictLabel!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date' })
  decisionDate!: string;
}

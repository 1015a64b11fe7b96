import { ApiProperty } from '@nestjs/swagger';

/** A coach a secretary can assign, with the number of open cases they guide. */
export class CoachView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  organisation!: string;

  /** Open applications this coach guides now. */
  @ApiProperty({ type: 'integer' })
  caseload!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { PersonRef } from '../common/views/person-ref.view.js';

/** A coach a secretary can assign, with the number of open cases they guide. */
export class CoachView extends PersonRef {
  @ApiProperty()
  organisation!: string;

  /** Open applications this coach guides now. */
  @ApiProperty({ type: 'integer' })
  caseload!: number;
}

import { ApiProperty } from '@nestjs/swagger';

/** A text the API gives in both languages; the client shows the reader's. */
export class BilingualText {
  @ApiProperty()
  nl!: string;

  @ApiProperty()
  en!: string;
}

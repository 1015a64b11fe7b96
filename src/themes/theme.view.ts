import { ApiProperty } from '@nestjs/swagger';

/** A theme as the API shows it: the entity's columns as they are. */
export class ThemeView {
  @ApiProperty()
  slug!: string;

  @ApiProperty()
  nameNl!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty()
  active!: boolean;
}

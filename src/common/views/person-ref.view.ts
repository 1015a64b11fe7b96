import { ApiProperty } from '@nestjs/swagger';

/** A person named in another view: enough to show and to mail them. */
export class PersonRef {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;
}

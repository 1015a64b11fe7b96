import { ApiProperty } from '@nestjs/swagger';

/** The answer to a bulk change: how many rows it changed. */
export class UpdatedCount {
  @ApiProperty({ type: 'integer' })
  updated!: number;
}

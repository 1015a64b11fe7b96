import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The text field of the multipart import upload; the CSV arrives in the `file` part. */
export class ImportUploadDto {
  /** The committee whose listings or cases the file holds. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  committeeId: string;
}

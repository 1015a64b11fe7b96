import { IsDefined, IsUUID } from 'class-validator';

/** The person to erase. */
export class ErasureRequest {
  @IsDefined() @IsUUID()
  userId: string;
}

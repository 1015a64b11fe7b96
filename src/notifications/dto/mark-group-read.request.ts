import { IsOptional, IsUUID, Matches } from 'class-validator';

/** One group of the grouped inbox: an application (null or absent: about no application) and a day in Amsterdam. */
export class MarkGroupReadRequest {
  @IsOptional() @IsUUID()
  applicationId?: string | null;

  /** YYYY-MM-DD, Amsterdam time. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  day: string;
}

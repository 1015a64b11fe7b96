import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';

export class CreateMeetingDto {
  /** Date and time of the meeting, ISO 8601 with a zone. */
  @IsISO8601({ strict: true, strictSeparator: true })
  startsAt: string;

  @IsOmittable() @Trim() @IsString() @SingleLine() @MaxLength(200)
  location?: string;
}

export class UpdateMeetingDto {
  @IsOmittable() @IsISO8601({ strict: true, strictSeparator: true })
  startsAt?: string;

  @IsOmittable() @Trim() @IsString() @SingleLine() @MaxLength(200)
  location?: string;
}

export class ListMeetingsQuery {
  @IsOptional() @IsUUID()
  committeeId?: string;

  /** Only meetings on or after this instant (default: all). */
  @IsOptional() @IsISO8601({ strict: true })
  from?: string;
}

export class PlaceOnAgendaDto {
  @IsUUID()
  applicationId: string;

  /** The application's version the secretary last saw. */
  @IsInt() @Min(1)
  version: number;

  /** 1 is first; default: last. */
  @IsOmittable() @IsInt() @Min(1)
  position?: number;
}

export class RemoveFromAgendaQuery {
  @Type(() => Number) @IsInt() @Min(1)
  version: number;
}

export class ReorderAgendaDto {
  /** Every application on the agenda, in the new order. */
  @IsArray() @ArrayUnique() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  applicationIds: string[];
}

export class SaveMinutesDto {
  /** Short internal minutes of the agenda item; empty clears them. */
  @Trim() @IsString() @MaxLength(2000)
  minutes: string;
}

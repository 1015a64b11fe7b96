import { IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';

/** A werkblad step on the track, with the application version the client last saw. */
export class DescriptionStepDto {
  @IsInt() @Min(1)
  version: number;
}

export class ReopenDescriptionDto extends DescriptionStepDto {
  @IsOmittable() @Trim() @IsString() @MinLength(1) @MaxLength(5000)
  reason?: string;
}

import { IsInt, Min } from 'class-validator';
import { IntakeFields } from './intake-fields.js';

export class UpdateApplicationDto extends IntakeFields {
  /** The version the client last saw. */
  @IsInt() @Min(1)
  version: number;
}

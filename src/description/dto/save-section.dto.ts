import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { SECTION_MAX_CHARS } from '../description-sections.js';

/** The new text of one section, with the section version the client last saw (0: never saved). */
export class SaveSectionDto {
  // Not trimmed: the editor's text is stored as typed. Word limits are checked per section by the service.
  @IsString() @MaxLength(SECTION_MAX_CHARS)
  content: string;

  @IsInt() @Min(0)
  version: number;
}

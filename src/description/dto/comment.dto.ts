import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';
import { DESCRIPTION_SECTION_KEYS } from '../description-sections.js';
import { COMMENT_STATUSES, type CommentStatus } from '../section-comment.entity.js';

/** A new thread on a section, or (with `parentId`) a reply that belongs to the parent's section. */
export class CreateCommentDto {
  /** Required for a new thread; a reply may leave it out. */
  @IsOmittable() @IsIn(DESCRIPTION_SECTION_KEYS)
  sectionKey?: string;

  @Trim() @IsString() @MinLength(1) @MaxLength(5000)
  body: string;

  /** The frozen version the comment is about; left out for the live text. */
  @IsOmittable() @IsInt() @Min(1)
  versionNumber?: number;

  @IsOmittable() @IsUUID()
  parentId?: string;
}

export class ListCommentsQuery {
  @IsOptional() @IsIn(DESCRIPTION_SECTION_KEYS)
  section?: string;

  @IsOptional() @IsIn(COMMENT_STATUSES)
  status?: CommentStatus;
}

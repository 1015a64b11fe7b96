import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ANCHOR_QUOTE_MAX_LENGTH } from '../comment-anchor.js';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';
import { DESCRIPTION_SECTION_KEYS } from '../description-sections.js';
import { COMMENT_STATUSES, type CommentStatus } from '../section-comment.entity.js';

/**
 * The passage a new thread is about: the exact text selected in the section and where it starts
 * (in characters, line markers included) in the text the commenter saw.
 */
export class CommentAnchorDto {
  @IsString() @MinLength(1) @MaxLength(ANCHOR_QUOTE_MAX_LENGTH)
  quote: string;

  @IsInt() @Min(0)
  offset: number;

  /** The section revision the commenter saw; a newer one on the server is a 409. Left out for a frozen version. */
  @IsOmittable() @IsInt() @Min(0)
  sectionVersion?: number;
}

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

  /** Only on a new thread: the passage it is about; without it the thread is about the whole section. */
  @IsOmittable() @IsObject() @ValidateNested() @Type(() => CommentAnchorDto)
  anchor?: CommentAnchorDto;
}

export class ListCommentsQuery {
  @IsOptional() @IsIn(DESCRIPTION_SECTION_KEYS)
  section?: string;

  @IsOptional() @IsIn(COMMENT_STATUSES)
  status?: CommentStatus;
}

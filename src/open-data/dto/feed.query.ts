import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** `GET /api/open/v1/feed/recognitions.atom?theme=` */
export class FeedQuery {
  /** A theme slug, exactly (see GET /themes); without it, every theme. */
  @IsOptional() @IsString() @MaxLength(60) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'theme moet een thema-slug zijn / must be a theme slug' })
  theme?: string;
}

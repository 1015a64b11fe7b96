import { IsOptional, Matches } from 'class-validator';

/** `live` or a version number. */
const VERSION_REF = /^(live|[1-9][0-9]{0,8})$/;

export class CompareQuery {
  /** Defaults to the latest frozen version. */
  @IsOptional() @Matches(VERSION_REF, { message: 'from moet een versienummer of "live" zijn / from must be a version number or "live"' })
  from?: string;

  /** Defaults to `live`. */
  @IsOptional() @Matches(VERSION_REF, { message: 'to moet een versienummer of "live" zijn / to must be a version number or "live"' })
  to?: string;
}

import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN, type RetentionTerms } from '../retention-kinds.js';

/**
 * Every kind's term in days, all at once (as the stuck thresholds, docs/decisions/0021): a kind
 * left out is 400 `required`, an unknown kind 400 `unknownField` naming it (`terms.<kind>`).
 */
export class RetentionTermValues implements RetentionTerms {
  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  draftApplications: number;

  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  closedApplications: number;

  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  reviewRemarks: number;

  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  notifications: number;

  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  ownerInvitations: number;

  @IsInt() @Min(RETENTION_DAYS_MIN) @Max(RETENTION_DAYS_MAX)
  signInLogs: number;
}

export class RetentionTermsRequest {
  @IsDefined() @IsObject() @ValidateNested() @Type(() => RetentionTermValues)
  terms: RetentionTermValues;
}

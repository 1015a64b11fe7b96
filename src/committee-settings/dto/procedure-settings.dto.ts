import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { PANEL_DECISIONS, SETTINGS_LIMITS as L, type OfferedLevel, type PanelDecision, type PanelRule, type ProcedureSettings } from '../procedure-settings.js';

/** Who sits on the panel for a level and how its advice counts; the size (2–9) is checked in CommitteeSettingsService. */
export class PanelRuleDto implements PanelRule {
  @IsInt() @Min(L.panelKind.min) @Max(L.panelKind.max)
  science: number;

  @IsInt() @Min(L.panelKind.min) @Max(L.panelKind.max)
  practice: number;

  @IsIn(PANEL_DECISIONS)
  decision: PanelDecision;
}

export class OfferedLevelDto implements OfferedLevel {
  @IsIn(LEVEL_CODES)
  level: LevelCode;

  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(L.label.max)
  labelNl: string;

  @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(L.label.max)
  labelEn: string;

  @IsInt() @Min(L.validityYears.min) @Max(L.validityYears.max)
  validityYears: number;

  @IsDefined() @IsObject() @ValidateNested() @Type(() => PanelRuleDto)
  panel: PanelRuleDto;
}

/**
 * A whole set of procedure settings: the admin's screen always sends all of them. Checks no
 * decorator expresses (a level twice, a closed databank without its message) are in
 * CommitteeSettingsService.
 */
export class ProcedureSettingsDto implements ProcedureSettings {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LEVEL_CODES.length) @ValidateNested({ each: true }) @Type(() => OfferedLevelDto)
  levels: OfferedLevelDto[];

  @IsBoolean()
  openToApplications: boolean;

  /** Null or empty: none. Required (both languages) while the databank is closed. */
  @IsOptional() @Trim() @IsString() @MaxLength(L.closedMessage.max)
  closedMessageNl: string | null;

  @IsOptional() @Trim() @IsString() @MaxLength(L.closedMessage.max)
  closedMessageEn: string | null;

  @IsInt() @Min(L.objectionWindowDays.min) @Max(L.objectionWindowDays.max)
  objectionWindowDays: number;

  @IsInt() @Min(L.conditionsPeriodMonths.min) @Max(L.conditionsPeriodMonths.max)
  conditionsPeriodMonths: number;

  // Publication and the end of a recognition (docs/decisions/0033).
  @IsBoolean()
  publishNegativeVerdicts: boolean;

  @IsInt() @Min(L.reassessmentNoticeMonths.min) @Max(L.reassessmentNoticeMonths.max)
  reassessmentNoticeMonths: number;
  /** Reviewers and the chair give a separate feasibility verdict. */
  @IsBoolean()
  feasibilityVerdict: boolean;
}

/** The body of a preview and of a save: the new settings and the version they were edited from. */
export class SaveProcedureSettingsRequest {
  /** The version the admin saw; another version by now is 409 SETTINGS_VERSION_STALE. */
  @IsInt() @Min(1)
  basedOnVersion: number;

  @IsDefined() @IsObject() @ValidateNested() @Type(() => ProcedureSettingsDto)
  settings: ProcedureSettingsDto;
}

import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { describeColumns } from '../common/views/listed-columns.js';
import { LEVEL_CODES, type LevelCode } from '../track/track.levels.js';
import { PANEL_DECISIONS, type PanelDecision, type ProcedureSettings } from './procedure-settings.js';

const INTEGER = { type: 'integer' } as const;
const LEVEL = { enum: LEVEL_CODES, enumName: 'LevelCode' } as const;

/** Who sits on the panel for a level (science and practice reviewers) and how its advice counts. */
export class PanelRuleView {
  @ApiProperty(INTEGER)
  science!: number;

  @ApiProperty(INTEGER)
  practice!: number;

  @ApiProperty({ enum: PANEL_DECISIONS, enumName: 'PanelDecision' })
  decision!: PanelDecision;
}

/** One level a committee offers, with its own words for it, how long a recognition at it lasts and its panel. */
export class OfferedLevelView {
  @ApiProperty(LEVEL)
  level!: LevelCode;

  @ApiProperty()
  labelNl!: string;

  @ApiProperty()
  labelEn!: string;

  @ApiProperty(INTEGER)
  validityYears!: number;

  @ApiProperty({ type: PanelRuleView })
  panel!: PanelRuleView;
}

/** The procedure of one committee as stored in a version (src/committee-settings/procedure-settings.ts). */
export class ProcedureSettingsView implements ProcedureSettings {
  /** In ladder order. */
  @ApiProperty({ type: [OfferedLevelView] })
  levels!: OfferedLevelView[];

  @ApiProperty()
  openToApplications!: boolean;

  /** Shown to owners while the databank is closed; required then. */
  @ApiProperty({ type: String, nullable: true })
  closedMessageNl!: string | null;

  @ApiProperty({ type: String, nullable: true })
  closedMessageEn!: string | null;

  @ApiProperty(INTEGER)
  objectionWindowDays!: number;

  @ApiProperty(INTEGER)
  conditionsPeriodMonths!: number;

  /** Whether a final niet-erkend verdict appears in the public databank, with its reason and date. */
  @ApiProperty()
  publishNegativeVerdicts!: boolean;

  /** How many months before a recognition ends the owner and the secretariat hear that re-assessment is due. */
  @ApiProperty(INTEGER)
  reassessmentNoticeMonths!: number;

  /** Reviewers and the chair give a separate feasibility (uitvoerbaarheid) verdict. */
  @ApiProperty()
  feasibilityVerdict!: boolean;
}

const SETTING_VALUE = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { $ref: getSchemaPath(OfferedLevelView) }], nullable: true };

export class SettingChangeView {
  /** `levels.<level>` for a level added, removed or changed; otherwise the setting's name. */
  @ApiProperty()
  setting!: string;

  /** The value before, as stored: a number, a text, a yes/no, an offered level, or null. */
  @ApiProperty(SETTING_VALUE)
  from!: unknown;

  @ApiProperty(SETTING_VALUE)
  to!: unknown;
}

export class NumberRange {
  @ApiProperty(INTEGER)
  min!: number;

  @ApiProperty(INTEGER)
  max!: number;
}

export class MaximumLength {
  @ApiProperty(INTEGER)
  max!: number;
}

/** The bounds the settings must keep (SETTINGS_LIMITS), for the form to say them before the API refuses. */
export class SettingsLimits {
  @ApiProperty({ type: NumberRange })
  validityYears!: NumberRange;

  @ApiProperty({ type: NumberRange })
  objectionWindowDays!: NumberRange;

  @ApiProperty({ type: NumberRange })
  conditionsPeriodMonths!: NumberRange;

  @ApiProperty({ type: NumberRange })
  reassessmentNoticeMonths!: NumberRange;

  /** Reviewers of one kind on a panel. */
  @ApiProperty({ type: NumberRange })
  panelKind!: NumberRange;

  /** Reviewers on a panel, both kinds together. */
  @ApiProperty({ type: NumberRange })
  panelSize!: NumberRange;

  @ApiProperty({ type: MaximumLength })
  label!: MaximumLength;

  @ApiProperty({ type: MaximumLength })
  closedMessage!: MaximumLength;
}

export class SettingsAuthor {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class SettingsVersionView {
  @ApiProperty(INTEGER)
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: SettingsAuthor, nullable: true })
  createdBy!: SettingsAuthor | null;

  /** What it changed from the version before. */
  @ApiProperty({ type: [SettingChangeView] })
  changes!: SettingChangeView[];

  /** Running cases that follow this version. */
  @ApiProperty(INTEGER)
  runningCases!: number;
}

export interface OfficialLevelCodes extends Readonly<Record<LevelCode, string>> {}
/** The national committee's code per level: 0, I, II, III, IV. */
export class OfficialLevelCodes {}
describeColumns(OfficialLevelCodes, LEVEL_CODES, { type: String });

export class CommitteeSettingsView {
  @ApiProperty({ format: 'uuid' })
  committeeId!: string;

  @ApiProperty()
  committeeName!: string;

  @ApiProperty()
  databank!: string;

  @ApiProperty(INTEGER)
  version!: number;

  @ApiProperty({ type: ProcedureSettingsView })
  settings!: ProcedureSettingsView;

  @ApiProperty({ type: OfficialLevelCodes })
  officialLevelCodes!: OfficialLevelCodes;

  @ApiProperty({ type: SettingsLimits })
  limits!: SettingsLimits;

  /** Newest first: who saved each version, what it changed from the one before, and how many running cases follow it. */
  @ApiProperty({ type: [SettingsVersionView] })
  versions!: SettingsVersionView[];
}

/** A running case a change would leave without the level it targets or holds. */
export class BrokenCaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty(LEVEL)
  level!: LevelCode;

  @ApiProperty({ enum: ['targets', 'holds'] })
  uses!: 'targets' | 'holds';
}

export class RunningCaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  state!: string;

  @ApiProperty(INTEGER)
  settingsVersion!: number;
}

/** Running cases keep the version they follow; the change applies to new applications only. */
export class UnaffectedCases {
  @ApiProperty(INTEGER)
  total!: number;

  @ApiProperty({ type: [RunningCaseView] })
  cases!: RunningCaseView[];
}

export class CommitteeSettingsPreview {
  @ApiProperty(INTEGER)
  currentVersion!: number;

  @ApiProperty(INTEGER)
  basedOnVersion!: number;

  /** The admin edited an older version than the current one; saving would be refused. */
  @ApiProperty()
  stale!: boolean;

  @ApiProperty(INTEGER)
  nextVersion!: number;

  @ApiProperty({ type: [SettingChangeView] })
  changes!: SettingChangeView[];

  @ApiProperty({ type: UnaffectedCases })
  unaffected!: UnaffectedCases;

  @ApiProperty({ type: [BrokenCaseView] })
  brokenCases!: BrokenCaseView[];
}

export class CommitteeLevelView extends OfferedLevelView {
  /** The national committee's code of the level. */
  @ApiProperty()
  code!: string;
}

/** A committee as an owner chooses it in the intake: open or closed (with its message), and the levels it offers. */
export class CommitteeProcedureView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  databank!: string;

  @ApiProperty(INTEGER)
  settingsVersion!: number;

  @ApiProperty()
  openToApplications!: boolean;

  @ApiProperty({ type: String, nullable: true })
  closedMessageNl!: string | null;

  @ApiProperty({ type: String, nullable: true })
  closedMessageEn!: string | null;

  @ApiProperty({ type: [CommitteeLevelView] })
  levels!: CommitteeLevelView[];
}

import { DEFAULT_VALIDITY_YEARS, CONDITIONS_PERIOD_MONTHS, OBJECTION_WINDOW_DAYS, type TrackProcedure } from '../track/track.machine.js';
import { LEVEL_CODES, LEVEL_LABELS, type LevelCode } from '../track/track.levels.js';

/** The official level codes of the national Erkenningscommissie: 0 Goed beschreven, I Goed onderbouwd, II–IV Effectief. */
export const OFFICIAL_LEVEL_CODES: Readonly<Record<LevelCode, string>> = {
  goed_beschreven: '0',
  goed_onderbouwd: 'I',
  effectief_eerste: 'II',
  effectief_goede: 'III',
  effectief_sterke: 'IV',
};

const ENGLISH_LEVEL_LABELS: Readonly<Record<LevelCode, string>> = {
  goed_beschreven: 'Well described',
  goed_onderbouwd: 'Well founded',
  effectief_eerste: 'Effective – first indications',
  effectief_goede: 'Effective – good indications',
  effectief_sterke: 'Effective – strong indications',
};

export const SETTINGS_LIMITS = {
  validityYears: { min: 1, max: 10 },
  objectionWindowDays: { min: 14, max: 90 },
  conditionsPeriodMonths: { min: 1, max: 12 },
  label: { max: 80 },
  closedMessage: { max: 500 },
  reassessmentNoticeMonths: { min: 1, max: 24 },
  /** Reviewers of one kind on a panel, and of both kinds together. */
  panelKind: { min: 0, max: 9 },
  panelSize: { min: 2, max: 9 },
} as const;

/** Months before a recognition expires that owner and secretariat hear re-assessment is due (nationally six). */
export const REASSESSMENT_NOTICE_MONTHS = 6;

// --- Panel rules per level and the feasibility verdict (issue 16, docs/decisions/0034) ---

/** How the panel's advice on a level counts: more than half of the reviews, or every review. */
export const PANEL_DECISIONS = ['majority', 'unanimous'] as const;
export type PanelDecision = (typeof PANEL_DECISIONS)[number];

/**
 * Who sits on the panel of an application for a level (science and practice reviewers; the
 * panel's size is their sum), and how the panel's advice on that level counts.
 */
export interface PanelRule {
  science: number;
  practice: number;
  decision: PanelDecision;
}

/**
 * The national rules (DOMAIN.md, Beoordelen; docs/decisions/0005): three practice reviewers by
 * majority for Goed beschreven; two science and two practice reviewers, unanimous, above it.
 */
export function nationalPanelRule(level: LevelCode): PanelRule {
  return level === 'goed_beschreven' ? { science: 0, practice: 3, decision: 'majority' } : { science: 2, practice: 2, decision: 'unanimous' };
}

/** The panel rule of a level in these settings; the national one for a level they do not offer (or a version saved before panel rules). */
export function panelRuleOf(settings: Pick<ProcedureSettings, 'levels'>, level: LevelCode): PanelRule {
  const offered = settings.levels.find((candidate) => candidate.level === level);
  return offered?.panel ? { ...offered.panel } : nationalPanelRule(level);
}

/** The panel rule of every level on the ladder, for the decision rules (a lower level may be granted). */
export function panelRulesOf(settings: Pick<ProcedureSettings, 'levels'>): Record<LevelCode, PanelRule> {
  return Object.fromEntries(LEVEL_CODES.map((level) => [level, panelRuleOf(settings, level)])) as Record<LevelCode, PanelRule>;
}


/** One level a committee offers, with its own words for it and how long a recognition at it lasts. */
export interface OfferedLevel {
  level: LevelCode;
  labelNl: string;
  labelEn: string;
  validityYears: number;
  /** Panel composition and how its advice counts, for an application at this level. */
  panel: PanelRule;
}

/**
 * The procedure of one committee (deelcommissie), as the admin edits it. Stored as a new version
 * on every change; an application follows the version it was started under.
 */
export interface ProcedureSettings {
  /** In ladder order (the national ladder: a committee chooses which levels it offers, not their order). */
  levels: OfferedLevel[];
  openToApplications: boolean;
  /** Shown to owners while the databank is closed; required then. */
  closedMessageNl: string | null;
  closedMessageEn: string | null;
  objectionWindowDays: number;
  conditionsPeriodMonths: number;

  // Publication and the end of a recognition (docs/decisions/0033).
  /** A final niet-erkend verdict is shown in the databank with its reason and date (NJi); off keeps it private (Movisie). */
  publishNegativeVerdicts: boolean;
  /** Months before the recognition expires that owner and secretariat hear re-assessment is due. */
  reassessmentNoticeMonths: number;
  /** Reviewers and the chair give a separate feasibility (uitvoerbaarheid) verdict, as RIVM's procedure asks. */
  feasibilityVerdict: boolean;
}

/** The national procedure (Movisie's): every level, five years, six weeks to object, six months for conditions. */
export const NATIONAL_PROCEDURE_SETTINGS: ProcedureSettings = {
  levels: LEVEL_CODES.map((level) => ({
    level,
    labelNl: LEVEL_LABELS[level],
    labelEn: ENGLISH_LEVEL_LABELS[level],
    validityYears: DEFAULT_VALIDITY_YEARS,
    panel: nationalPanelRule(level),
  })),
  openToApplications: true,
  closedMessageNl: null,
  closedMessageEn: null,
  objectionWindowDays: OBJECTION_WINDOW_DAYS,
  conditionsPeriodMonths: CONDITIONS_PERIOD_MONTHS,
  publishNegativeVerdicts: false,
  reassessmentNoticeMonths: REASSESSMENT_NOTICE_MONTHS,
  feasibilityVerdict: false,
};

/**
 * A stored version completed with the national value of every setting added after it was saved
 * (versions are never rewritten): what that version meant is what the system did then.
 */
export function completedSettings(stored: ProcedureSettings): ProcedureSettings {
  return {
    ...stored,
    levels: stored.levels.map((offered) => ({ ...offered, panel: offered.panel ?? nationalPanelRule(offered.level) })),
    publishNegativeVerdicts: stored.publishNegativeVerdicts ?? NATIONAL_PROCEDURE_SETTINGS.publishNegativeVerdicts,
    reassessmentNoticeMonths: stored.reassessmentNoticeMonths ?? NATIONAL_PROCEDURE_SETTINGS.reassessmentNoticeMonths,
    feasibilityVerdict: stored.feasibilityVerdict ?? NATIONAL_PROCEDURE_SETTINGS.feasibilityVerdict,
  };
}

/** The committee's own name of a level in a settings version, or the national name when it does not offer it. */
export function committeeLevelLabel(settings: Pick<ProcedureSettings, 'levels'> | null, level: LevelCode, language: 'nl' | 'en' = 'nl'): string {
  const offered = settings?.levels.find((item) => item.level === level);
  if (offered) return language === 'en' ? offered.labelEn : offered.labelNl;
  return language === 'en' ? ENGLISH_LEVEL_LABELS[level] : LEVEL_LABELS[level];
}

/** Levels in ladder order, whatever order they were sent in. */
export function inLadderOrder(levels: OfferedLevel[]): OfferedLevel[] {
  return [...levels].sort((a, b) => LEVEL_CODES.indexOf(a.level) - LEVEL_CODES.indexOf(b.level));
}

/** What the statechart reads of the settings (it keeps them in its context for the life of the case). */
export function trackProcedureOf(settings: ProcedureSettings): TrackProcedure {
  const levels = inLadderOrder(settings.levels);
  return {
    levels: levels.map((offered) => offered.level),
    validityYears: Object.fromEntries(levels.map((offered) => [offered.level, offered.validityYears])),
    objectionWindowDays: settings.objectionWindowDays,
    conditionsPeriodMonths: settings.conditionsPeriodMonths,
  };
}

/** One difference between two versions, for the admin's preview and the history. */
export interface SettingChange {
  /** `levels.<level>` for a level added, removed or changed; otherwise the setting's name. */
  setting: string;
  from: unknown;
  to: unknown;
}

const SCALAR_SETTINGS = [
  'openToApplications',
  'closedMessageNl',
  'closedMessageEn',
  'objectionWindowDays',
  'conditionsPeriodMonths',
  'publishNegativeVerdicts',
  'reassessmentNoticeMonths',
  'feasibilityVerdict',
] as const satisfies readonly (keyof ProcedureSettings)[];

/** Field by field: a version read back from jsonb has its keys in another order. */
function sameLevel(a: OfferedLevel | null, b: OfferedLevel | null): boolean {
  if (a === null || b === null) return a === b;
  return a.labelNl === b.labelNl && a.labelEn === b.labelEn && a.validityYears === b.validityYears && samePanelRule(a.panel, b.panel);
}

function samePanelRule(a: PanelRule, b: PanelRule): boolean {
  return a.science === b.science && a.practice === b.practice && a.decision === b.decision;
}

export function settingChanges(before: ProcedureSettings, after: ProcedureSettings): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const level of LEVEL_CODES) {
    const from = before.levels.find((offered) => offered.level === level) ?? null;
    const to = after.levels.find((offered) => offered.level === level) ?? null;
    if (!sameLevel(from, to)) changes.push({ setting: `levels.${level}`, from, to });
  }
  for (const setting of SCALAR_SETTINGS) {
    if (before[setting] !== after[setting]) changes.push({ setting, from: before[setting], to: after[setting] });
  }
  return changes;
}

/** The levels `before` offers that `after` no longer does. */
export function removedLevels(before: ProcedureSettings, after: ProcedureSettings): LevelCode[] {
  return before.levels.map((offered) => offered.level).filter((level) => !after.levels.some((offered) => offered.level === level));
}

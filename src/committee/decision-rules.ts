import { CONDITIONS_PERIOD_MONTHS, addMonths, parseInstant } from '../track/track.machine.js';
import { RECOGNISING_VERDICTS, type IsoInstant, type Verdict } from '../track/track.events.js';
import { LEVEL_CODES, LEVEL_LABELS, isEffectLevel, levelRank, type LevelCode } from '../track/track.levels.js';
import { NATIONAL_PROCEDURE_SETTINGS, panelRulesOf, type PanelRule } from '../committee-settings/procedure-settings.js';

/**
 * The committee's decision rules, as pure functions: no database, no clock.
 *
 * How "the panel supports" is computed (see also docs/decisions/0006-committee-decision-rules.md):
 * - Only submitted reviews of the current round by active panel members count; a review that
 *   proposes "not recognised" has no level (null).
 * - A reviewer supports a level L when their proposed level is L or higher (the ladder: a higher
 *   level includes the lower ones). `support[L]` counts them.
 * - Each level's panel rule (a committee setting, docs/decisions/0034) says whether its support
 *   needs a majority (more than half of the reviews: 2 of 3; 3 of 4) or every review. Nationally
 *   Goed beschreven takes a majority and every higher level unanimity.
 * - The panel's level is the highest supported level, capped at the target level applied for
 *   (a reviewer may see more than the owner asked to have assessed; the committee cannot grant it).
 *   No supported level means the panel's view is "not recognised".
 */

/** The panel rule of every level of the case's settings version; the national rules when left out. */
export type PanelRules = Readonly<Record<LevelCode, PanelRule>>;
const NATIONAL_PANEL_RULES: PanelRules = panelRulesOf(NATIONAL_PROCEDURE_SETTINGS);

export type PanelKind = 'science' | 'practice';
export type ProposedLevel = LevelCode | null;

export interface PanelJudgmentInput {
  kind: PanelKind;
  /** null: the reviewer proposes not to recognise. */
  proposedLevel: ProposedLevel;
}

export interface DecisionInput {
  verdict: Verdict;
  level?: LevelCode | null;
  /** When the decision is taken; the conditions deadline is measured from it. */
  at: IsoInstant;
  motivation?: string | null;
  conditions?: string | null;
  conditionsDeadline?: IsoInstant | null;
  questions?: string | null;
  /** Uitvoerbaarheid: only when the case's settings ask for it. */
  feasibility?: string | null;
  feasibilityExplanation?: string | null;
}

export interface DecisionRuleInput {
  targetLevel: LevelCode;
  /** Active members of the panel in this round. */
  panelSize: number;
  /** Submitted reviews of this round, one per active panel member. */
  judgments: readonly PanelJudgmentInput[];
  decision: DecisionInput;
  /** The case's procedure: the longest conditions period; the national six months when left out. */
  conditionsPeriodMonths?: number;
  /** The case's panel rules per level; the national ones when left out. */
  panelRules?: PanelRules;
  /** The case's settings ask for a feasibility verdict with every verdict but a deferral. */
  feasibilityVerdict?: boolean;
}

export const DECISION_RULE_CODES = [
  'LEVEL_REQUIRED',
  'NOT_APPLICABLE',
  'REVIEWS_INCOMPLETE',
  'PANEL_COMPOSITION',
  'EFFECT_LEVEL_NEEDS_EFFECT_TARGET',
  'LEVEL_ABOVE_TARGET',
  'LEVEL_ABOVE_PANEL',
  'MAJORITY_REQUIRED',
  'UNANIMITY_REQUIRED',
  'CONDITIONS_REQUIRED',
  'CONDITIONS_DEADLINE_INVALID',
  'QUESTIONS_REQUIRED',
  'MOTIVATION_REQUIRED',
  'DEPARTURE_NEEDS_MOTIVATION',
  'FEASIBILITY_REQUIRED',
] as const;
export type DecisionRuleCode = (typeof DECISION_RULE_CODES)[number];

export interface BrokenRule {
  code: DecisionRuleCode;
  /** The input field the chair has to change. */
  field: string;
  nl: string;
  en: string;
}

export type LevelTally = Record<LevelCode | 'not_recognised', number>;

export interface PanelView {
  reviews: number;
  requiredReviews: number;
  /** How many reviewers proposed each level (or not recognised). */
  tally: LevelTally;
  /** How many reviewers support at least each level. */
  support: Record<LevelCode, number>;
  /** Reviews needed for a majority: more than half. */
  majority: number;
  /** The highest level a majority supports (uncapped). */
  majorityLevel: LevelCode | null;
  /** The lowest proposal when every reviewer proposes a level (uncapped), else null. */
  unanimousLevel: LevelCode | null;
  /** What the panel supports, capped at the target level; null: the panel does not support recognition. */
  supportedLevel: LevelCode | null;
  verdict: 'recognised' | 'not_recognised';
}

/** Reviews needed before the committee can judge: the size of the panel the target level's rule asks for. */
export function requiredReviews(targetLevel: LevelCode, rules: PanelRules = NATIONAL_PANEL_RULES): number {
  return rules[targetLevel].science + rules[targetLevel].practice;
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function supports(proposed: ProposedLevel, level: LevelCode): boolean {
  return proposed !== null && levelRank(proposed) >= levelRank(level);
}

function lowest(levels: LevelCode[]): LevelCode {
  return levels.reduce((low, level) => (levelRank(level) < levelRank(low) ? level : low));
}

export function panelView(targetLevel: LevelCode, judgments: readonly PanelJudgmentInput[], rules: PanelRules = NATIONAL_PANEL_RULES): PanelView {
  const proposals = judgments.map((judgment) => judgment.proposedLevel);
  const n = proposals.length;
  const tally = Object.fromEntries([...LEVEL_CODES, 'not_recognised'].map((key) => [key, 0])) as LevelTally;
  for (const proposed of proposals) tally[proposed ?? 'not_recognised'] += 1;
  const support = Object.fromEntries(
    LEVEL_CODES.map((level) => [level, proposals.filter((proposed) => supports(proposed, level)).length]),
  ) as Record<LevelCode, number>;
  const majority = Math.floor(n / 2) + 1;
  const majorityLevel = n === 0 ? null : ([...LEVEL_CODES].reverse().find((level) => support[level] >= majority) ?? null);
  const unanimousLevel =
    n > 0 && proposals.every((proposed) => proposed !== null) ? lowest(proposals as LevelCode[]) : null;

  // The highest level up to the target whose support meets its own rule (majority or every review).
  const supportedLevel =
    n === 0
      ? undefined
      : LEVEL_CODES.filter((level) => levelRank(level) <= levelRank(targetLevel))
          .reverse()
          .find((level) => support[level] >= (rules[level].decision === 'majority' ? majority : n));
  const supported: LevelCode | null = supportedLevel ?? null;

  return {
    reviews: n,
    requiredReviews: requiredReviews(targetLevel, rules),
    tally,
    support,
    majority,
    majorityLevel,
    unanimousLevel,
    supportedLevel: supported,
    verdict: supported === null ? 'not_recognised' : 'recognised',
  };
}

function isRecognising(verdict: Verdict): boolean {
  return RECOGNISING_VERDICTS.includes(verdict);
}

/**
 * Whether the decision departs from the panel's view: a recognition at another level than the
 * panel supports, or a refusal where the panel supports a level. A deferral is a request for
 * answers, not a judgment on the level, so it never departs; conditions do not change the level.
 */
export function departsFromPanel(decision: Pick<DecisionInput, 'verdict' | 'level'>, panel: PanelView): boolean {
  if (decision.verdict === 'deferred') return false;
  if (decision.verdict === 'not_recognised') return panel.supportedLevel !== null;
  return (decision.level ?? null) !== panel.supportedLevel;
}

const label = (level: LevelCode | null): string => (level === null ? 'geen niveau' : LEVEL_LABELS[level]);
const labelEn = (level: LevelCode | null): string => (level === null ? 'no level' : LEVEL_LABELS[level]);

/** Every rule the decision breaks; an empty list means the decision may be recorded. */
export function brokenDecisionRules(input: DecisionRuleInput): BrokenRule[] {
  const { targetLevel, decision } = input;
  const broken: BrokenRule[] = [];
  const add = (code: DecisionRuleCode, field: string, nl: string, en: string) => broken.push({ code, field, nl, en });
  const rules = input.panelRules ?? NATIONAL_PANEL_RULES;
  const panel = panelView(targetLevel, input.judgments, rules);
  const recognising = isRecognising(decision.verdict);
  const level = decision.level ?? null;
  const n = input.judgments.length;

  // Shape: what each verdict takes.
  if (recognising && level === null)
    add('LEVEL_REQUIRED', 'level', 'Een erkenning noemt het niveau.', 'A recognition names the level.');
  if (!recognising && level !== null)
    add('NOT_APPLICABLE', 'level', 'Alleen een erkenning heeft een niveau.', 'Only a recognition has a level.');
  if (decision.verdict !== 'conditionally_recognised') {
    if (hasText(decision.conditions))
      add('NOT_APPLICABLE', 'conditions', 'Voorwaarden horen alleen bij erkend onder voorbehoud.', 'Conditions belong only to a conditional recognition.');
    if (decision.conditionsDeadline != null)
      add('NOT_APPLICABLE', 'conditionsDeadline', 'Een termijn hoort alleen bij erkend onder voorbehoud.', 'A deadline belongs only to a conditional recognition.');
  }
  if (decision.verdict !== 'deferred' && hasText(decision.questions))
    add('NOT_APPLICABLE', 'questions', 'Vragen horen alleen bij aanhouden.', 'Questions belong only to a deferral.');
  // The feasibility verdict: with every judgment when the case's settings ask for it, never otherwise.
  const feasibilityWanted = input.feasibilityVerdict === true && decision.verdict !== 'deferred';
  if (!feasibilityWanted && (hasText(decision.feasibility) || hasText(decision.feasibilityExplanation)))
    add(
      'NOT_APPLICABLE',
      'feasibility',
      'Een oordeel over de uitvoerbaarheid hoort niet bij dit besluit.',
      'A feasibility verdict does not belong to this decision.',
    );
  if (feasibilityWanted && !hasText(decision.feasibility))
    add('FEASIBILITY_REQUIRED', 'feasibility', 'Deze commissie geeft een oordeel over de uitvoerbaarheid.', 'This committee gives a feasibility verdict.');
  if (feasibilityWanted && !hasText(decision.feasibilityExplanation))
    add('FEASIBILITY_REQUIRED', 'feasibilityExplanation', 'Licht het oordeel over de uitvoerbaarheid toe.', 'Explain the feasibility verdict.');

  // The panel must be complete before the committee judges (a deferral is the way out when it is not).
  const needed = Math.max(requiredReviews(targetLevel, rules), input.panelSize);
  if (decision.verdict !== 'deferred' && n < needed)
    add(
      'REVIEWS_INCOMPLETE',
      'verdict',
      `Er zijn ${n} van de ${needed} beoordelingen binnen; de commissie besluit op een volledig panel.`,
      `${n} of ${needed} reviews are in; the committee decides on a complete panel.`,
    );

  if (recognising && level !== null) {
    const rank = levelRank(level);

    // A level whose rule asks for both perspectives is not granted without either.
    const rule = rules[level];
    if (rule.science > 0 && rule.practice > 0) {
      const kinds = new Set(input.judgments.map((judgment) => judgment.kind));
      if (!kinds.has('science') || !kinds.has('practice'))
        add(
          'PANEL_COMPOSITION',
          'level',
          `${label(level)} vraagt een oordeel van zowel wetenschappelijke als praktijkbeoordelaars.`,
          `${labelEn(level)} needs the judgment of both science and practice reviewers.`,
        );
    }

    // The ladder: nothing above the level applied for; Effectief only on an Effectief application.
    if (isEffectLevel(level) && !isEffectLevel(targetLevel))
      add(
        'EFFECT_LEVEL_NEEDS_EFFECT_TARGET',
        'level',
        `${label(level)} kan alleen op een aanvraag voor een Effectief-niveau (met effectonderzoek); aangevraagd is ${label(targetLevel)}.`,
        `${labelEn(level)} needs an application for an Effectief level (with effect research); the application is for ${labelEn(targetLevel)}.`,
      );
    else if (rank > levelRank(targetLevel))
      add(
        'LEVEL_ABOVE_TARGET',
        'level',
        `${label(level)} ligt boven het aangevraagde niveau ${label(targetLevel)}; een niveau kan niet worden overgeslagen.`,
        `${labelEn(level)} is above the level applied for (${labelEn(targetLevel)}); a level cannot be skipped.`,
      );

    // Panel support: none at all, too few for a majority, or not unanimous.
    const supporters = panel.support[level];
    if (supporters === 0)
      add(
        'LEVEL_ABOVE_PANEL',
        'level',
        `Geen beoordelaar stelt ${label(level)} of hoger voor; het panel ondersteunt ${label(panel.supportedLevel)}.`,
        `No reviewer proposes ${labelEn(level)} or higher; the panel supports ${labelEn(panel.supportedLevel)}.`,
      );
    else if (rule.decision === 'majority' && supporters < panel.majority)
      add(
        'MAJORITY_REQUIRED',
        'level',
        `${label(level)} vraagt een meerderheid: ${supporters} van ${n} beoordelaars steunen het, nodig zijn er ${panel.majority}.`,
        `${labelEn(level)} needs a majority: ${supporters} of ${n} reviewers support it, ${panel.majority} are needed.`,
      );
    else if (rule.decision === 'unanimous' && supporters < n)
      add(
        'UNANIMITY_REQUIRED',
        'level',
        `${label(level)} vraagt een unaniem panel: ${supporters} van ${n} beoordelaars steunen het.`,
        `${labelEn(level)} needs a unanimous panel: ${supporters} of ${n} reviewers support it.`,
      );
  }

  if (decision.verdict === 'conditionally_recognised') {
    if (!hasText(decision.conditions))
      add('CONDITIONS_REQUIRED', 'conditions', 'Erkend onder voorbehoud noemt de voorwaarden.', 'A conditional recognition lists the conditions.');
    if (decision.conditionsDeadline != null) {
      const at = parseInstant(decision.at);
      const deadline = parseInstant(decision.conditionsDeadline);
      const months = input.conditionsPeriodMonths ?? CONDITIONS_PERIOD_MONTHS;
      const latest = at === null ? null : parseInstant(addMonths(decision.at, months));
      if (at === null || deadline === null || latest === null || deadline <= at || deadline > latest)
        add(
          'CONDITIONS_DEADLINE_INVALID',
          'conditionsDeadline',
          `De termijn voor de voorwaarden ligt na het besluit en hoogstens ${months} maanden later.`,
          `The conditions deadline lies after the decision and at most ${months} months later.`,
        );
    }
  }

  if (decision.verdict === 'deferred' && !hasText(decision.questions))
    add('QUESTIONS_REQUIRED', 'questions', 'Aanhouden gaat met vragen aan de indiener.', 'A deferral comes with questions for the owner.');

  if (decision.verdict === 'not_recognised' && !hasText(decision.motivation))
    add('MOTIVATION_REQUIRED', 'motivation', 'Niet erkennen wordt gemotiveerd.', 'A refusal needs a motivation.');
  else if (!hasText(decision.motivation) && !(recognising && level === null) && departsFromPanel({ verdict: decision.verdict, level }, panel))
    add(
      'DEPARTURE_NEEDS_MOTIVATION',
      'motivation',
      `Het besluit wijkt af van het panel (dat ${label(panel.supportedLevel)} ondersteunt); leg de motivering vast.`,
      `The decision departs from the panel (which supports ${labelEn(panel.supportedLevel)}); record the motivation.`,
    );

  return broken;
}

/** The rules the event payload alone can judge (no panel needed): checked before the track is asked. */
export function decisionShapeProblems(decision: DecisionInput): BrokenRule[] {
  const shapeCodes: DecisionRuleCode[] = ['LEVEL_REQUIRED', 'CONDITIONS_DEADLINE_INVALID'];
  // These two rules do not look at the panel or the target level, so any will do.
  return brokenDecisionRules({
    targetLevel: 'effectief_sterke',
    panelSize: 0,
    judgments: [],
    decision,
  }).filter((rule) => shapeCodes.includes(rule.code));
}

import { isEffectLevel, levelRank, type LevelCode } from '../track/track.levels.js';

/**
 * The review form: the criteria a reviewer judges, per target level (DOMAIN.md "Levels" and
 * "The description template"). Pure data, no I/O.
 *
 * - Goed beschreven: the description criteria (cause/problem, target group, goals, approach,
 *   conditions/implementation, transferability, practice experience, and the coherence of
 *   goal, target group and approach).
 * - Goed onderbouwd: those plus the theoretical foundation.
 * - Effectief (eerste / goede / sterke aanwijzingen): those plus ONE effect-research criterion
 *   whose design fits the level (pre/post measurement; a comparison group; replication or
 *   long-term follow-up). A higher design is not judged again against the lower designs.
 */

export interface Bilingual {
  nl: string;
  en: string;
}

export interface ReviewCriterion {
  code: string;
  label: Bilingual;
  /** What the reviewer judges. */
  question: Bilingual;
}

export const JUDGMENTS = ['voldoende', 'twijfel', 'onvoldoende'] as const;
export type Judgment = (typeof JUDGMENTS)[number];

export const JUDGMENT_LABELS: Readonly<Record<Judgment, Bilingual>> = {
  voldoende: { nl: 'Voldoende', en: 'Sufficient' },
  twijfel: { nl: 'Twijfel', en: 'Doubtful' },
  onvoldoende: { nl: 'Onvoldoende', en: 'Insufficient' },
};

const DESCRIBED: readonly ReviewCriterion[] = [
  {
    code: 'problem',
    label: { nl: 'Probleem en oorzaak', en: 'Problem and cause' },
    question: {
      nl: 'Is het probleem dat de interventie aanpakt, met de oorzaken ervan, helder beschreven?',
      en: 'Are the problem the intervention addresses and its causes clearly described?',
    },
  },
  {
    code: 'target_group',
    label: { nl: 'Doelgroep', en: 'Target group' },
    question: {
      nl: 'Zijn de uiteindelijke en de intermediaire doelgroep duidelijk afgebakend?',
      en: 'Are the final and intermediate target groups clearly defined?',
    },
  },
  {
    code: 'goals',
    label: { nl: 'Doelen', en: 'Goals' },
    question: {
      nl: 'Zijn hoofddoel en subdoelen concreet en toetsbaar geformuleerd?',
      en: 'Are the main goal and sub-goals concrete and testable?',
    },
  },
  {
    code: 'approach',
    label: { nl: 'Aanpak', en: 'Approach' },
    question: {
      nl: 'Is de aanpak (activiteiten, fasen, duur, contactmomenten) zo beschreven dat anderen haar kunnen uitvoeren?',
      en: 'Is the approach (activities, phases, duration, contact moments) described well enough for others to carry it out?',
    },
  },
  {
    code: 'implementation',
    label: { nl: 'Uitvoering en randvoorwaarden', en: 'Implementation and conditions' },
    question: {
      nl: 'Zijn materialen, locatie, deskundigheid en scholing, kwaliteitsbewaking, randvoorwaarden en kosten beschreven?',
      en: 'Are materials, location, staff qualifications and training, quality assurance, preconditions and costs described?',
    },
  },
  {
    code: 'transferability',
    label: { nl: 'Overdraagbaarheid', en: 'Transferability' },
    question: {
      nl: 'Is duidelijk wat minimaal nodig is voor een getrouwe uitvoering en wat lokaal mag worden aangepast?',
      en: 'Is it clear what is minimally needed to carry it out faithfully and what may be adapted locally?',
    },
  },
  {
    code: 'practice_experience',
    label: { nl: 'Praktijkervaring', en: 'Practice experience' },
    question: {
      nl: 'Blijkt uit praktijkervaring en procesevaluatie dat de interventie uitvoerbaar is en aanslaat bij doelgroep en uitvoerders?',
      en: 'Do practice experience and the process evaluation show that it is feasible and accepted by target group and practitioners?',
    },
  },
  {
    code: 'coherence',
    label: { nl: 'Samenhang doel–doelgroep–aanpak', en: 'Coherence of goal, target group and approach' },
    question: {
      nl: 'Hangen doel, doelgroep en aanpak logisch samen?',
      en: 'Do goal, target group and approach hang together logically?',
    },
  },
];

const FOUNDATION: ReviewCriterion = {
  code: 'foundation',
  label: { nl: 'Onderbouwing', en: 'Theoretical foundation' },
  question: {
    nl: 'Maken theorie, modellen of literatuur aannemelijk dat de aanpak de doelen bereikt (werkzame elementen)?',
    en: 'Do theory, models or literature make it plausible that the approach reaches its goals (active elements)?',
  },
};

const EFFECT_CRITERIA: Readonly<Record<'effectief_eerste' | 'effectief_goede' | 'effectief_sterke', ReviewCriterion>> = {
  effectief_eerste: {
    code: 'effect_first_indications',
    label: { nl: 'Effectonderzoek: eerste aanwijzingen', en: 'Effect research: first indications' },
    question: {
      nl: 'Geeft onderzoek (bijvoorbeeld een voor- en nameting) eerste aanwijzingen voor effect op de doelen?',
      en: 'Does research (e.g. a pre/post measurement) give first indications of effect on the goals?',
    },
  },
  effectief_goede: {
    code: 'effect_comparison_group',
    label: { nl: 'Effectonderzoek: goede aanwijzingen', en: 'Effect research: good indications' },
    question: {
      nl: 'Toont (quasi-)experimenteel onderzoek met een vergelijkingsgroep effect aan?',
      en: 'Does (quasi-)experimental research with a comparison group show effect?',
    },
  },
  effectief_sterke: {
    code: 'effect_replicated',
    label: { nl: 'Effectonderzoek: sterke aanwijzingen', en: 'Effect research: strong indications' },
    question: {
      nl: 'Is het effect herhaald aangetoond en/of met follow-up op langere termijn?',
      en: 'Has the effect been replicated and/or shown with long-term follow-up?',
    },
  },
};

/** The criteria of the form for an application with this target level, in form order. */
export function criteriaFor(level: LevelCode): readonly ReviewCriterion[] {
  const criteria = [...DESCRIBED];
  if (levelRank(level) >= levelRank('goed_onderbouwd')) criteria.push(FOUNDATION);
  if (isEffectLevel(level)) criteria.push(EFFECT_CRITERIA[level as keyof typeof EFFECT_CRITERIA]);
  return criteria;
}

export function criterionCodesFor(level: LevelCode): string[] {
  return criteriaFor(level).map((criterion) => criterion.code);
}

export function isJudgment(value: unknown): value is Judgment {
  return typeof value === 'string' && (JUDGMENTS as readonly string[]).includes(value);
}

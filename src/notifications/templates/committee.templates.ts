import { appLabel, appName, dateLabel, levelLabel, outcomeLabel, paragraphs, text, timeLabel, verdictLabel } from './labels.js';
import { addMonths, CONDITIONS_PERIOD_MONTHS, parseInstant } from '../../track/track.machine.js';
import type { Language, TemplateGroup, TemplateInput } from './template.types.js';

const DECISION_PARAMS = ['verdict', 'level', 'at', 'conditionsDeadline'] as const;

/** The secretary's covering message, quoted as it was written. */
function coveringMessageLines(i: TemplateInput, language: Language): string[] {
  const message = text(i.params.coveringMessage).trim();
  if (!message) return [];
  return [language === 'nl' ? 'Het secretariaat schrijft erbij:' : 'The secretariat adds:', message];
}

function verdictLine(i: TemplateInput, language: Language): string {
  const verdict = verdictLabel(i.params.verdict, language);
  const level = levelLabel(i.params.level, language);
  if (!verdict) return '';
  if (language === 'nl') return `Het besluit: ${verdict}${level ? `, op het niveau ${level}` : ''}.`;
  return `The decision: ${verdict}${level ? `, at the level ${level}` : ''}.`;
}

/** The deadline the chair set, else the statechart's default: six months after the decision. */
function conditionsDeadline(i: TemplateInput): unknown {
  if (i.params.conditionsDeadline) return i.params.conditionsDeadline;
  return parseInstant(i.params.at) === null ? null : addMonths(i.params.at as string, CONDITIONS_PERIOD_MONTHS);
}

function conditionsLine(i: TemplateInput, language: Language): string {
  const deadline = dateLabel(conditionsDeadline(i), language);
  if (i.params.verdict !== 'conditionally_recognised' || !deadline) return '';
  return language === 'nl'
    ? `Breng de gevraagde aanvullingen uiterlijk ${deadline} aan; anders vervalt de erkenning.`
    : `Please make the requested additions by ${deadline}; otherwise the recognition lapses.`;
}

function nextStepLine(i: TemplateInput, language: Language): string {
  const nl: Record<string, string> = {
    recognised: 'Het secretariaat stuurt u de besluitbrief en publiceert de interventie in de databank.',
    deferred: 'De commissie heeft aanvullende vragen. Beantwoord die en dien een herziene versie in; het panel beoordeelt die opnieuw.',
    not_recognised: 'De motivering staat in de besluitbrief die het secretariaat u stuurt.',
  };
  const en: Record<string, string> = {
    recognised: 'The secretariat will send you the decision letter and publish the intervention in the databank.',
    deferred: 'The committee has further questions. Answer them and submit a revised version; the panel reviews it again.',
    not_recognised: 'The reasons are in the decision letter the secretariat will send you.',
  };
  return (language === 'nl' ? nl : en)[text(i.params.verdict)] ?? '';
}

const objectionLine = (language: Language) =>
  language === 'nl'
    ? 'Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken.'
    : 'If you disagree with the decision, you can lodge an objection within six weeks.';

/** Commissie and besluit: agenda, decision, conditions, objection. */
export const COMMITTEE_TEMPLATES = {
  'placed-on-agenda': {
    params: ['meetingDate'],
    nl: (i) => ({
      subject: `Geagendeerd voor de erkenningscommissie: ${appName(i)}`,
      paragraphs: paragraphs(
        `De aanmelding ${appLabel(i)} staat op de agenda van de erkenningscommissie.`,
        dateLabel(i.params.meetingDate, 'nl') && `De vergadering is op ${dateLabel(i.params.meetingDate, 'nl')}.`,
      ),
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `On the agenda of the recognition committee: ${appName(i)}`,
      paragraphs: paragraphs(
        `The application ${appLabel(i)} is on the agenda of the recognition committee.`,
        dateLabel(i.params.meetingDate, 'en') && `The meeting is on ${dateLabel(i.params.meetingDate, 'en')}.`,
      ),
      action: 'View the application',
    }),
  },

  'removed-from-agenda': {
    nl: (i) => ({
      subject: `Van de agenda gehaald: ${appName(i)}`,
      paragraphs: [
        `De aanmelding ${appLabel(i)} is van de agenda van de erkenningscommissie gehaald.`,
        'Het secretariaat agendeert haar opnieuw voor een volgende vergadering.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Removed from the agenda: ${appName(i)}`,
      paragraphs: [
        `The application ${appLabel(i)} has been removed from the agenda of the recognition committee.`,
        'The secretariat will put it on the agenda of a later meeting.',
      ],
      action: 'View the application',
    }),
  },

  'committee-agenda': {
    params: ['meetingDate', 'meetingTime', 'meetingLocation', 'committeeName', 'agendaItems', 'meetingId'],
    pathFromParams: (params) => (text(params.meetingId) ? `/vergaderingen/${encodeURIComponent(text(params.meetingId))}` : undefined),
    nl: (i) => ({
      subject: `Agenda en dossiers: ${text(i.params.committeeName)}, ${dateLabel(i.params.meetingDate, 'nl')}`,
      paragraphs: paragraphs(
        `Hierbij de agenda van de vergadering van de ${text(i.params.committeeName)} op ${dateLabel(i.params.meetingDate, 'nl')} om ${timeLabel(i.params.meetingTime)}.`,
        text(i.params.meetingLocation) && `Plaats: ${text(i.params.meetingLocation)}.`,
        text(i.params.agendaItems) && `Op de agenda:\n${text(i.params.agendaItems)}`,
        'De dossiers staan bij elk agendapunt klaar om te lezen. Ze zijn vertrouwelijk: deel ze niet buiten de commissie.',
      ),
      action: 'Agenda en dossiers openen',
    }),
    en: (i) => ({
      subject: `Agenda and dossiers: ${text(i.params.committeeName)}, ${dateLabel(i.params.meetingDate, 'en')}`,
      paragraphs: paragraphs(
        `Here is the agenda of the meeting of the ${text(i.params.committeeName)} on ${dateLabel(i.params.meetingDate, 'en')} at ${timeLabel(i.params.meetingTime)}.`,
        text(i.params.meetingLocation) && `Location: ${text(i.params.meetingLocation)}.`,
        text(i.params.agendaItems) && `On the agenda:\n${text(i.params.agendaItems)}`,
        'The dossiers are ready to read with each agenda item. They are confidential: do not share them outside the committee.',
      ),
      action: 'Open the agenda and dossiers',
    }),
  },

  'decision-letter-ready': {
    nl: (i) => ({
      subject: `Besluitbrief klaar om te versturen: ${appName(i)}`,
      paragraphs: [
        `De voorzitter heeft het besluit over ${appLabel(i)} vastgelegd. De besluitbrief staat als concept klaar.`,
        'Lees de brief na en verstuur hem; pas dan hoort de indiener van het besluit.',
      ],
      action: 'Besluitbrief nalezen',
    }),
    en: (i) => ({
      subject: `Decision letter ready to send: ${appName(i)}`,
      paragraphs: [
        `The chair has recorded the decision on ${appLabel(i)}. The decision letter is ready as a draft.`,
        'Read the letter and send it; only then does the applicant hear of the decision.',
      ],
      action: 'Read the decision letter',
    }),
  },

  decision: {
    params: [...DECISION_PARAMS, 'coveringMessage'],
    nl: (i) => ({
      subject: `Besluit van de erkenningscommissie: ${appName(i)}`,
      paragraphs: paragraphs(
        `De erkenningscommissie heeft een besluit genomen over ${appLabel(i)}. De besluitbrief staat bij uw aanmelding.`,
        ...coveringMessageLines(i, 'nl'),
        verdictLine(i, 'nl'),
        conditionsLine(i, 'nl'),
        nextStepLine(i, 'nl'),
        objectionLine('nl'),
      ),
      action: 'Besluit bekijken',
    }),
    en: (i) => ({
      subject: `Decision of the recognition committee: ${appName(i)}`,
      paragraphs: paragraphs(
        `The recognition committee has taken a decision on ${appLabel(i)}. The decision letter is with your application.`,
        ...coveringMessageLines(i, 'en'),
        verdictLine(i, 'en'),
        conditionsLine(i, 'en'),
        nextStepLine(i, 'en'),
        objectionLine('en'),
      ),
      action: 'View the decision',
    }),
  },

  'decision-staff': {
    params: DECISION_PARAMS,
    nl: (i) => ({
      subject: `Besluit verstuurd: ${appName(i)}`,
      paragraphs: paragraphs(`Het secretariaat heeft de besluitbrief over ${appLabel(i)} aan de indiener verstuurd.`, verdictLine(i, 'nl')),
      action: 'Aanmelding openen',
    }),
    en: (i) => ({
      subject: `Decision sent: ${appName(i)}`,
      paragraphs: paragraphs(`The secretariat has sent the decision letter on ${appLabel(i)} to the applicant.`, verdictLine(i, 'en')),
      action: 'Open the application',
    }),
  },

  'conditions-due': {
    params: ['conditionsDeadline'],
    nl: (i) => ({
      subject: `Termijn voor de aanvullingen loopt af: ${appName(i)}`,
      paragraphs: paragraphs(
        `De erkenning onder voorbehoud van ${appLabel(i)} vervalt als de gevraagde aanvullingen niet op tijd zijn aangebracht.`,
        dateLabel(i.params.conditionsDeadline, 'nl') && `De termijn loopt af op ${dateLabel(i.params.conditionsDeadline, 'nl')}.`,
      ),
      action: 'Aanvullingen aanbrengen',
    }),
    en: (i) => ({
      subject: `The time for the additions is running out: ${appName(i)}`,
      paragraphs: paragraphs(
        `The conditional recognition of ${appLabel(i)} lapses if the requested additions are not made in time.`,
        dateLabel(i.params.conditionsDeadline, 'en') && `The deadline is ${dateLabel(i.params.conditionsDeadline, 'en')}.`,
      ),
      action: 'Make the additions',
    }),
  },

  'conditions-met': {
    nl: (i) => ({
      subject: `Aan de voorwaarden voldaan: ${appName(i)}`,
      paragraphs: [
        `Het secretariaat heeft vastgesteld dat ${appLabel(i)} aan de voorwaarden van de erkenning voldoet. De interventie is nu erkend.`,
        'De publicatie in de databank volgt.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Conditions met: ${appName(i)}`,
      paragraphs: [
        `The secretariat has confirmed that ${appLabel(i)} meets the conditions of the recognition. The intervention is now recognised.`,
        'Publication in the databank follows.',
      ],
      action: 'View the application',
    }),
  },

  'conditions-lapsed': {
    nl: (i) => ({
      subject: `Erkenning onder voorbehoud vervallen: ${appName(i)}`,
      paragraphs: [
        `De termijn voor de aanvullingen van ${appLabel(i)} is verstreken; de erkenning onder voorbehoud is vervallen.`,
        'U kunt de interventie later opnieuw aanmelden.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Conditional recognition lapsed: ${appName(i)}`,
      paragraphs: [
        `The time for the additions to ${appLabel(i)} has passed; the conditional recognition has lapsed.`,
        'You can apply again later.',
      ],
      action: 'View the application',
    }),
  },

  'objection-received': {
    nl: (i) => ({
      subject: `Bezwaar ontvangen: ${appName(i)}`,
      paragraphs: [
        `Wij hebben uw bezwaar tegen het besluit over ${appLabel(i)} ontvangen.`,
        'De erkenningscommissie heroverweegt het besluit; u krijgt bericht van de uitkomst.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Objection received: ${appName(i)}`,
      paragraphs: [
        `We have received your objection to the decision on ${appLabel(i)}.`,
        'The recognition committee reconsiders the decision; you will hear the outcome.',
      ],
      action: 'View the application',
    }),
  },

  'objection-lodged': {
    nl: (i) => ({
      subject: `Bezwaar gemaakt: ${appName(i)}`,
      paragraphs: [
        `De indiener heeft bezwaar gemaakt tegen het besluit over ${appLabel(i)}.`,
        'De erkenningscommissie moet het besluit heroverwegen.',
      ],
      action: 'Bezwaar behandelen',
    }),
    en: (i) => ({
      subject: `Objection lodged: ${appName(i)}`,
      paragraphs: [`The applicant has lodged an objection to the decision on ${appLabel(i)}.`, 'The recognition committee must reconsider the decision.'],
      action: 'Handle the objection',
    }),
  },

  'objection-resolved': {
    params: ['outcome', ...DECISION_PARAMS],
    nl: (i) => ({
      subject: `Uitkomst van het bezwaar: ${appName(i)}`,
      paragraphs: paragraphs(
        `De erkenningscommissie heeft het bezwaar tegen het besluit over ${appLabel(i)} behandeld${outcomeLabel(i.params.outcome, 'nl') ? `: ${outcomeLabel(i.params.outcome, 'nl')}` : ''}.`,
        i.params.outcome === 'replaced' && verdictLine(i, 'nl'),
        i.params.outcome === 'replaced' && conditionsLine(i, 'nl'),
      ),
      action: 'Besluit bekijken',
    }),
    en: (i) => ({
      subject: `Outcome of the objection: ${appName(i)}`,
      paragraphs: paragraphs(
        `The recognition committee has dealt with the objection to the decision on ${appLabel(i)}${outcomeLabel(i.params.outcome, 'en') ? `: ${outcomeLabel(i.params.outcome, 'en')}` : ''}.`,
        i.params.outcome === 'replaced' && verdictLine(i, 'en'),
        i.params.outcome === 'replaced' && conditionsLine(i, 'en'),
      ),
      action: 'View the decision',
    }),
  },
} satisfies TemplateGroup;

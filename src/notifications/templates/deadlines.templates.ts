import { deadlineActionLabel } from '../../deadlines/todo-actions.js';
import { appLabel, appName, dateLabel, paragraphs, text } from './labels.js';
import type { Language, TemplateGroup, TemplateInput } from './template.types.js';

const reviewerPages = () => '/beoordelingen';

/** "Feedback geven op het werkblad", or a neutral phrase when the kind is unknown. */
function what(input: TemplateInput, language: Language): string {
  const label = deadlineActionLabel(input.params.kind)?.[language];
  if (label) return label;
  return language === 'nl' ? 'de gevraagde stap' : 'the step asked of you';
}

function lower(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

const PHASES: Record<string, Record<Language, string>> = {
  aanmelding: { nl: 'Aanmelding', en: 'Application' },
  intake: { nl: 'Intake en toelating', en: 'Intake and admission' },
  beschrijven: { nl: 'Beschrijven', en: 'Description' },
  beoordelen: { nl: 'Beoordelen', en: 'Assessment' },
  commissie: { nl: 'Commissie', en: 'Committee' },
  besluit: { nl: 'Besluit', en: 'Decision' },
  gepubliceerd: { nl: 'Gepubliceerd', en: 'Published' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
};

interface DigestCase {
  reference?: unknown;
  name?: unknown;
  state?: unknown;
  since?: unknown;
  idleWorkingDays?: unknown;
  overdue?: { kind?: unknown; dueAt?: unknown; assignees?: unknown }[];
}

interface DigestGroup {
  phase?: unknown;
  cases?: DigestCase[];
}

function digestGroups(value: unknown): DigestGroup[] {
  return Array.isArray(value) ? (value.filter((group) => group && typeof group === 'object') as DigestGroup[]) : [];
}

/** One paragraph per phase: its heading, then one line per stuck case with why it is stuck. */
function digestParagraphs(input: TemplateInput, language: Language): string[] {
  const nl = language === 'nl';
  return digestGroups(input.params.groups).map((group) => {
    const heading = PHASES[text(group.phase)]?.[language] ?? text(group.phase);
    const lines = (Array.isArray(group.cases) ? group.cases : []).map((item) => {
      const reasons: string[] = [];
      for (const overdue of Array.isArray(item.overdue) ? item.overdue : []) {
        const label = deadlineActionLabel(overdue.kind)?.[language] ?? text(overdue.kind);
        const who = text(overdue.assignees);
        reasons.push(
          nl
            ? `termijn verstreken: ${lower(label)} (uiterlijk ${dateLabel(overdue.dueAt, 'nl')}${who ? `, ${who}` : ''})`
            : `deadline missed: ${lower(label)} (due ${dateLabel(overdue.dueAt, 'en')}${who ? `, ${who}` : ''})`,
        );
      }
      const idle = text(item.idleWorkingDays);
      if (idle)
        reasons.push(
          nl
            ? `${idle} werkdagen geen stap sinds ${dateLabel(item.since, 'nl')} (${text(item.state)})`
            : `no step for ${idle} working days since ${dateLabel(item.since, 'en')} (${text(item.state)})`,
        );
      return `• ${text(item.reference)} “${text(item.name)}”: ${reasons.join('; ')}`;
    });
    return [`${heading}:`, ...lines].join('\n');
  });
}

/** The words of an extended deadline: what, the new date, the old one, and why. */
function extendedText(i: TemplateInput, language: Language, action: string) {
  const nl = language === 'nl';
  const due = dateLabel(i.params.dueAt, language);
  const previous = dateLabel(i.params.previousDueAt, language);
  const reason = text(i.params.reason);
  return {
    subject: nl ? `Termijn verlengd: ${lower(what(i, 'nl'))} – ${appName(i)}` : `Deadline extended: ${lower(what(i, 'en'))} – ${appName(i)}`,
    paragraphs: paragraphs(
      nl
        ? `Het secretariaat heeft de termijn voor deze stap bij ${appLabel(i)} verlengd: ${lower(what(i, 'nl'))}.`
        : `The secretariat has extended the deadline for this step for ${appLabel(i)}: ${lower(what(i, 'en'))}.`,
      due && (nl ? `De nieuwe termijn loopt af op ${due}${previous ? ` (was ${previous})` : ''}.` : `The new deadline is ${due}${previous ? ` (was ${previous})` : ''}.`),
      reason && (nl ? `Reden: ${reason}` : `Reason: ${reason}`),
      nl ? 'De herinneringen komen voortaan bij de nieuwe datum.' : 'Reminders now follow the new date.',
    ),
    action,
  };
}

/** Herinneringen bij termijnen, en het wekelijkse overzicht voor het secretariaat. */
export const DEADLINE_TEMPLATES = {
  'deadline-reminder': {
    params: ['kind', 'dueAt'],
    nl: (i) => ({
      subject: `Herinnering: ${lower(what(i, 'nl'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `Dit is een herinnering: voor ${appLabel(i)} staat een stap voor u klaar: ${lower(what(i, 'nl'))}.`,
        dateLabel(i.params.dueAt, 'nl') && `De termijn loopt af op ${dateLabel(i.params.dueAt, 'nl')}.`,
      ),
      action: 'Naar de aanmelding',
    }),
    en: (i) => ({
      subject: `Reminder: ${lower(what(i, 'en'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `This is a reminder: a step awaits you for ${appLabel(i)}: ${lower(what(i, 'en'))}.`,
        dateLabel(i.params.dueAt, 'en') && `The deadline is ${dateLabel(i.params.dueAt, 'en')}.`,
      ),
      action: 'Go to the application',
    }),
  },

  'deadline-missed': {
    params: ['kind', 'dueAt'],
    nl: (i) => ({
      subject: `Termijn verstreken: ${lower(what(i, 'nl'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `De termijn voor deze stap bij ${appLabel(i)} is verstreken${dateLabel(i.params.dueAt, 'nl') ? ` op ${dateLabel(i.params.dueAt, 'nl')}` : ''}: ${lower(what(i, 'nl'))}.`,
        'Wilt u dit zo snel mogelijk doen? Lukt dat niet, neem dan contact op met het secretariaat.',
      ),
      action: 'Naar de aanmelding',
    }),
    en: (i) => ({
      subject: `Deadline passed: ${lower(what(i, 'en'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `The deadline for this step for ${appLabel(i)} has passed${dateLabel(i.params.dueAt, 'en') ? ` on ${dateLabel(i.params.dueAt, 'en')}` : ''}: ${lower(what(i, 'en'))}.`,
        'Please do so as soon as possible, or contact the secretariat if you cannot.',
      ),
      action: 'Go to the application',
    }),
  },

  'review-deadline-reminder': {
    params: ['kind', 'dueAt'],
    path: reviewerPages,
    nl: (i) => ({
      subject: `Herinnering: ${lower(what(i, 'nl'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `Dit is een herinnering: voor de beoordeling van ${appLabel(i)} staat een stap voor u klaar: ${lower(what(i, 'nl'))}.`,
        dateLabel(i.params.dueAt, 'nl') && `De termijn loopt af op ${dateLabel(i.params.dueAt, 'nl')}.`,
      ),
      action: 'Naar mijn beoordelingen',
    }),
    en: (i) => ({
      subject: `Reminder: ${lower(what(i, 'en'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `This is a reminder: a step awaits you in the assessment of ${appLabel(i)}: ${lower(what(i, 'en'))}.`,
        dateLabel(i.params.dueAt, 'en') && `The deadline is ${dateLabel(i.params.dueAt, 'en')}.`,
      ),
      action: 'Go to my reviews',
    }),
  },

  'review-deadline-missed': {
    params: ['kind', 'dueAt'],
    path: reviewerPages,
    nl: (i) => ({
      subject: `Termijn verstreken: ${lower(what(i, 'nl'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `De termijn voor uw beoordeling van ${appLabel(i)} is verstreken${dateLabel(i.params.dueAt, 'nl') ? ` op ${dateLabel(i.params.dueAt, 'nl')}` : ''}: ${lower(what(i, 'nl'))}.`,
        'Wilt u dit zo snel mogelijk doen? Lukt dat niet, laat het het secretariaat dan weten.',
      ),
      action: 'Naar mijn beoordelingen',
    }),
    en: (i) => ({
      subject: `Deadline passed: ${lower(what(i, 'en'))} – ${appName(i)}`,
      paragraphs: paragraphs(
        `The deadline for your part in the assessment of ${appLabel(i)} has passed${dateLabel(i.params.dueAt, 'en') ? ` on ${dateLabel(i.params.dueAt, 'en')}` : ''}: ${lower(what(i, 'en'))}.`,
        'Please do so as soon as possible, or let the secretariat know if you cannot.',
      ),
      action: 'Go to my reviews',
    }),
  },

  // To the person due when the secretary extends their deadline; the reason is the one in the history.
  'deadline-extended': {
    params: ['kind', 'dueAt', 'previousDueAt', 'reason'],
    nl: (i) => extendedText(i, 'nl', 'Naar de aanmelding'),
    en: (i) => extendedText(i, 'en', 'Go to the application'),
  },

  'review-deadline-extended': {
    params: ['kind', 'dueAt', 'previousDueAt', 'reason'],
    path: reviewerPages,
    nl: (i) => extendedText(i, 'nl', 'Naar mijn beoordelingen'),
    en: (i) => extendedText(i, 'en', 'Go to my reviews'),
  },

  // Staff only: it names the people who missed the deadline, reviewers included.
  'deadline-escalation': {
    params: ['kind', 'dueAt', 'assigneeNames'],
    nl: (i) => ({
      subject: `Termijn niet gehaald: ${appName(i)}`,
      paragraphs: paragraphs(
        `Bij ${appLabel(i)} is een termijn niet gehaald: ${lower(what(i, 'nl'))}${dateLabel(i.params.dueAt, 'nl') ? ` (uiterlijk ${dateLabel(i.params.dueAt, 'nl')})` : ''}.`,
        text(i.params.assigneeNames) && `Aan zet: ${text(i.params.assigneeNames)}.`,
        'Neem contact op of verleng de termijn.',
      ),
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Deadline missed: ${appName(i)}`,
      paragraphs: paragraphs(
        `A deadline was missed for ${appLabel(i)}: ${lower(what(i, 'en'))}${dateLabel(i.params.dueAt, 'en') ? ` (due ${dateLabel(i.params.dueAt, 'en')})` : ''}.`,
        text(i.params.assigneeNames) && `Whose turn it is: ${text(i.params.assigneeNames)}.`,
        'Please get in touch or extend the deadline.',
      ),
      action: 'View the application',
    }),
  },

  // Not about one application: the link goes to the in-app notifications.
  'weekly-digest': {
    params: ['weekOf', 'groups', 'caseCount'],
    nl: (i) => ({
      subject: `Weekoverzicht: ${text(i.params.caseCount) || 'geen'} aanmeldingen vragen aandacht`,
      paragraphs: paragraphs(
        `Deze aanmeldingen staan stil of hebben een verstreken termijn${dateLabel(i.params.weekOf, 'nl') ? ` (week van ${dateLabel(i.params.weekOf, 'nl')})` : ''}.`,
        i.application && `Betreft: ${appLabel(i)}.`,
        ...digestParagraphs(i, 'nl'),
      ),
      action: 'Naar het overzicht',
    }),
    en: (i) => ({
      subject: `Weekly digest: ${text(i.params.caseCount) || 'no'} applications need attention`,
      paragraphs: paragraphs(
        `These applications are stuck or have a missed deadline${dateLabel(i.params.weekOf, 'en') ? ` (week of ${dateLabel(i.params.weekOf, 'en')})` : ''}.`,
        i.application && `Concerning: ${appLabel(i)}.`,
        ...digestParagraphs(i, 'en'),
      ),
      action: 'Go to the overview',
    }),
  },
} satisfies TemplateGroup;

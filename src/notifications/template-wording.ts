import { deadlineActionLabel } from '../deadlines/todo-actions.js';
import type { Language } from '../users/role.js';
import { dateLabel, levelLabel, outcomeLabel, text, timeLabel, verdictLabel } from './templates/labels.js';
import { TEMPLATES, templateFor, type TemplateKey } from './templates/index.js';
import type { MessageText, TemplateInput } from './templates/template.types.js';

/** An admin's wording of one template in one language: a subject and paragraphs separated by an empty line. */
export interface TemplateWording {
  subject: string;
  body: string;
}

/**
 * Templates whose wording an admin may replace. Not the decision mails (their wording follows the
 * verdict, and the decision letter belongs to the decision step) nor the digests (lists built from data).
 */
const NOT_EDITABLE: ReadonlySet<string> = new Set(['decision', 'decision-staff', 'weekly-digest', 'daily-digest']);

export const EDITABLE_TEMPLATES = (Object.keys(TEMPLATES) as TemplateKey[]).filter((key) => !NOT_EDITABLE.has(key));

export function isEditableTemplate(value: unknown): value is TemplateKey {
  return typeof value === 'string' && (EDITABLE_TEMPLATES as readonly string[]).includes(value);
}

type Formatter = (value: unknown, language: Language) => string;

/** The placeholder (Dutch, as the secretariat writes) of each template parameter, and how its value reads. */
const PARAM_PLACEHOLDERS: Readonly<Record<string, { name: string; format: Formatter }>> = {
  respondBy: { name: 'deadline', format: dateLabel },
  dueAt: { name: 'deadline', format: dateLabel },
  reviewDueAt: { name: 'deadline', format: dateLabel },
  conditionsDeadline: { name: 'deadline', format: dateLabel },
  meetingDate: { name: 'vergaderdatum', format: dateLabel },
  meetingTime: { name: 'aanvangstijd', format: timeLabel },
  meetingLocation: { name: 'plaats', format: text },
  committeeName: { name: 'commissie', format: text },
  agendaItems: { name: 'agendapunten', format: text },
  recognisedUntil: { name: 'geldig_tot', format: dateLabel },
  reason: { name: 'reden', format: text },
  question: { name: 'vraag', format: text },
  answer: { name: 'antwoord', format: text },
  reviewerName: { name: 'beoordelaar', format: text },
  suggestedColleague: { name: 'voorgestelde_collega', format: text },
  assigneeNames: { name: 'wie', format: text },
  kind: { name: 'termijn', format: (value, language) => deadlineActionLabel(value)?.[language] ?? text(value) },
  verdict: { name: 'besluit', format: verdictLabel },
  level: { name: 'niveau', format: levelLabel },
  outcome: { name: 'uitkomst', format: outcomeLabel },
};

/** Every template may name the application and the recipient. */
const COMMON_PLACEHOLDERS = ['aanvraag', 'referentie', 'naam'] as const;

export function placeholdersOf(template: TemplateKey): string[] {
  const names = new Set<string>(COMMON_PLACEHOLDERS);
  for (const key of templateFor(template).params ?? []) if (PARAM_PLACEHOLDERS[key]) names.add(PARAM_PLACEHOLDERS[key].name);
  return [...names];
}

/** The text each placeholder stands for in one message. */
export function placeholderValues(template: string, input: TemplateInput, language: Language): Record<string, string> {
  const values: Record<string, string> = {
    aanvraag: input.application?.name ?? '',
    referentie: input.application?.reference ?? '',
    naam: input.recipientName,
  };
  for (const key of templateFor(template).params ?? []) {
    const placeholder = PARAM_PLACEHOLDERS[key];
    if (placeholder && !values[placeholder.name]) values[placeholder.name] = placeholder.format(input.params[key], language);
  }
  return values;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** The placeholders a text names that the template does not know, each once. */
export function unknownPlaceholders(template: TemplateKey, wording: TemplateWording): string[] {
  const known = new Set(placeholdersOf(template));
  const unknown = new Set<string>();
  for (const source of [wording.subject, wording.body]) for (const [, name] of source.matchAll(PLACEHOLDER)) if (!known.has(name)) unknown.add(name);
  return [...unknown];
}

/** Fills in the placeholders. The values are text: the layout escapes the whole message for HTML. */
function fill(source: string, values: Record<string, string>): string {
  return source.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

/** The message an admin's wording gives; the link's label stays the template's own. */
export function wordedMessage(wording: TemplateWording, template: string, input: TemplateInput, language: Language): MessageText {
  const values = placeholderValues(template, input, language);
  const action = templateFor(template)[language](input).action;
  return {
    // A subject is one line.
    subject: fill(wording.subject, values).replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    paragraphs: wording.body
      .split(/\r?\n\s*\r?\n/)
      // As in the built-in templates, an optional part (a reason, a date) disappears when it has no value.
      .filter((paragraph) => [...paragraph.matchAll(PLACEHOLDER)].every(([, name]) => values[name]))
      .map((paragraph) => fill(paragraph, values).trim())
      .filter((paragraph) => paragraph.length > 0),
    action,
  };
}

/** Stand-in values that the built-in template turns into text that can be found again and replaced by the placeholder. */
function sampleValue(key: string, index: number): unknown {
  const format = PARAM_PLACEHOLDERS[key]?.format;
  if (format === dateLabel) return new Date(Date.UTC(2091 + index, 0, 1, 12)).toISOString();
  // A clock time no other sample shows (the dates above are at 12:00 UTC, 13:00 in Amsterdam).
  if (format === timeLabel) return new Date(Date.UTC(2090, 0, 1, 6, 17)).toISOString();
  if (key === 'verdict') return 'conditionally_recognised';
  if (key === 'level') return 'goed_onderbouwd';
  if (key === 'outcome') return 'replaced';
  if (key === 'kind') return 'review';
  return `\u0001${key}\u0001`;
}

/** The built-in wording of a template as an admin edits it: its text with placeholders where the values go. */
export function defaultWording(template: TemplateKey, language: Language): TemplateWording {
  const params: Record<string, unknown> = {};
  (templateFor(template).params ?? []).forEach((key, index) => (params[key] = sampleValue(key, index)));
  const input: TemplateInput = {
    recipientName: '\u0001naam\u0001',
    application: { id: '00000000-0000-0000-0000-000000000000', reference: '\u0001referentie\u0001', name: '\u0001aanvraag\u0001' },
    params,
  };
  const message = templateFor(template)[language](input);
  const replacements: [string, string][] = [
    ['\u0001aanvraag\u0001', '{{aanvraag}}'],
    ['\u0001referentie\u0001', '{{referentie}}'],
    ['\u0001naam\u0001', '{{naam}}'],
  ];
  for (const [key, value] of Object.entries(params)) {
    const placeholder = PARAM_PLACEHOLDERS[key];
    const shown = placeholder ? placeholder.format(value, language) : text(value);
    if (shown) replacements.push([shown, placeholder ? `{{${placeholder.name}}}` : '']);
  }
  const restore = (source: string) => replacements.reduce((result, [from, to]) => result.split(from).join(to), source);
  return { subject: restore(message.subject), body: message.paragraphs.map(restore).join('\n\n') };
}

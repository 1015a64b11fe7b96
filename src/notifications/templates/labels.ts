import { isLevelCode, LEVEL_LABELS, type LevelCode } from '../../track/track.levels.js';
import type { Language } from '../../users/role.js';
import type { TemplateInput } from './template.types.js';

const LEVEL_LABELS_EN: Readonly<Record<LevelCode, string>> = {
  goed_beschreven: 'Well described',
  goed_onderbouwd: 'Well founded',
  effectief_eerste: 'Effective – first indications',
  effectief_goede: 'Effective – good indications',
  effectief_sterke: 'Effective – strong indications',
};

const VERDICT_LABELS: Record<string, Record<Language, string>> = {
  recognised: { nl: 'erkend', en: 'recognised' },
  conditionally_recognised: { nl: 'erkend onder voorbehoud', en: 'conditionally recognised' },
  deferred: { nl: 'aangehouden: de commissie heeft aanvullende vragen', en: 'deferred: the committee has further questions' },
  not_recognised: { nl: 'niet erkend', en: 'not recognised' },
};

const OUTCOME_LABELS: Record<string, Record<Language, string>> = {
  upheld: { nl: 'het besluit blijft in stand', en: 'the decision stands' },
  replaced: { nl: 'de commissie neemt een nieuw besluit', en: 'the committee takes a new decision' },
};

/** A parameter as display text; anything that is not a string or number shows as empty. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function levelLabel(value: unknown, language: Language): string {
  if (!isLevelCode(value)) return '';
  return language === 'nl' ? LEVEL_LABELS[value] : LEVEL_LABELS_EN[value];
}

export function verdictLabel(value: unknown, language: Language): string {
  return typeof value === 'string' ? (VERDICT_LABELS[value]?.[language] ?? '') : '';
}

export function outcomeLabel(value: unknown, language: Language): string {
  return typeof value === 'string' ? (OUTCOME_LABELS[value]?.[language] ?? '') : '';
}

/** Made once: building an Intl.DateTimeFormat took almost all the time of rendering a mail. */
const DATE_FORMATS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
};

/** A date as people in the Netherlands read it (Amsterdam time); empty when the value is no date. */
export function dateLabel(value: unknown, language: Language): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return (DATE_FORMATS[language] ?? DATE_FORMATS.en).format(date);
}

const TIME_FORMAT = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** The clock time of an instant in Amsterdam (24 hours, as both languages' mails write it); empty when the value is no date. */
export function timeLabel(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : TIME_FORMAT.format(date);
}

/** `“Name” (ERK-2026-0001)`, the way every message names the application. */
export function appLabel(input: TemplateInput): string {
  if (!input.application) return '';
  return `“${input.application.name}” (${input.application.reference})`;
}

export function appName(input: TemplateInput): string {
  return input.application?.name ?? '';
}

/** Drops empty paragraphs, so optional parts (a reason, a date) simply disappear. */
export function paragraphs(...items: (string | false | null | undefined)[]): string[] {
  return items.filter((item): item is string => typeof item === 'string' && item.trim().length > 0);
}

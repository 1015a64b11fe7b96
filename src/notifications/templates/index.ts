import { ASSESSMENT_TEMPLATES } from './assessment.templates.js';
import { DAILY_DIGEST_TEMPLATES } from './daily-digest.templates.js';
import { COMMITTEE_TEMPLATES } from './committee.templates.js';
import { DEADLINE_TEMPLATES } from './deadlines.templates.js';
import { DESCRIPTION_TEMPLATES } from './description.templates.js';
import { INTAKE_TEMPLATES } from './intake.templates.js';
import { PUBLICATION_TEMPLATES } from './publication.templates.js';
import type { NotificationTemplate } from './template.types.js';

/** Every notification template, by key. A module with its own messages adds its group here. */
export const TEMPLATES = {
  ...INTAKE_TEMPLATES,
  ...DESCRIPTION_TEMPLATES,
  ...ASSESSMENT_TEMPLATES,
  ...COMMITTEE_TEMPLATES,
  ...PUBLICATION_TEMPLATES,
  ...DEADLINE_TEMPLATES,
  ...DAILY_DIGEST_TEMPLATES,
} satisfies Record<string, NotificationTemplate>;

export type TemplateKey = keyof typeof TEMPLATES;

export function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === 'string' && Object.hasOwn(TEMPLATES, value);
}

export function templateFor(key: string): NotificationTemplate {
  if (!isTemplateKey(key)) throw new RangeError(`Unknown notification template: ${key}`);
  return TEMPLATES[key];
}

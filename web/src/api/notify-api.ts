import { call, client } from './client';
import type { components } from './schema';
import type { Language } from './types';

export type NotificationGroup = components['schemas']['NotificationGroup'];

/** src/notifications/notification-topics.ts */
export type Delivery = 'immediate' | 'daily_digest' | 'in_app';

/** src/notifications/notification-preferences.service.ts get() */
export interface NotificationPreferencesView {
  deliveries: Delivery[];
  topics: { topic: string; delivery: Delivery; templates: string[] }[];
  alwaysMailed: string[];
}

/** src/notifications/mail-templates.service.ts list() */
export interface MailTemplateSummary {
  template: string;
  topic: string;
  subjects: Record<Language, string>;
  overridden: Language[];
}

/** src/notifications/mail-templates.service.ts get() */
export interface MailTemplateView {
  template: string;
  language: Language;
  placeholders: string[];
  overridden: boolean;
  updatedAt: string | null;
  subject: string;
  body: string;
  defaultSubject: string;
  defaultBody: string;
}

/** src/notifications/notification-preview.ts */
export interface MailPreview {
  template: string;
  language: Language;
  to: string;
  subject: string;
  text: string;
  html: string;
  link: string;
}

const templatePath = (template: string, language: Language) => ({ params: { path: { template, language } } });

export const notifyApi = {
  groups: (query: { unread?: boolean; limit?: number } = {}) => call(client.GET('/notifications/groups', { params: { query } })),
  markGroupRead: (applicationId: string | null, day: string) =>
    call(client.POST('/notifications/groups/read', { body: { applicationId, day } })),
  preferences: () => call<NotificationPreferencesView>(client.GET('/me/notification-preferences')),
  savePreferences: (preferences: { topic: string; delivery: Delivery }[]) =>
    call<NotificationPreferencesView>(client.PUT('/me/notification-preferences', { body: { preferences } as never })),
  mailTemplates: () => call<MailTemplateSummary[]>(client.GET('/admin/mail-templates')),
  mailTemplateApplications: () => call<{ id: string; reference: string; name: string }[]>(client.GET('/admin/mail-templates/applications')),
  mailTemplate: (template: string, language: Language) => call<MailTemplateView>(client.GET('/admin/mail-templates/{template}/{language}', templatePath(template, language))),
  saveMailTemplate: (template: string, language: Language, wording: { subject: string; body: string }) =>
    call<MailTemplateView>(client.PUT('/admin/mail-templates/{template}/{language}', { ...templatePath(template, language), body: wording })),
  resetMailTemplate: (template: string, language: Language) =>
    call<MailTemplateView>(client.DELETE('/admin/mail-templates/{template}/{language}', templatePath(template, language))),
  previewMailTemplate: (template: string, language: Language, request: { subject: string; body: string; applicationId?: string }) =>
    call<MailPreview>(client.POST('/admin/mail-templates/{template}/{language}/preview', { ...templatePath(template, language), body: request })),
  previewInvitation: (applicationId: string, reviewerId: string, kind: string) =>
    call<MailPreview>(client.POST('/applications/{id}/panel/invitations/preview', { params: { path: { id: applicationId } }, body: { reviewerId, kind } as never })),
};

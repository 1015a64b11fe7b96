import type { Language } from '../users/role.js';
import { renderLayout } from './templates/layout.js';
import { templateFor } from './templates/index.js';
import type { MessageText, RenderedMail, TemplateInput } from './templates/template.types.js';
import { wordedMessage, type TemplateWording } from './template-wording.js';

export interface RenderRequest {
  template: string;
  language: Language;
  recipientName: string;
  application: TemplateInput['application'];
  params: Record<string, unknown>;
  appUrl: string;
  /** An admin's wording of this template in this language (mail_template_overrides), else the built-in text. */
  wording?: TemplateWording | null;
}

/** Where the recipient acts: the page the params name, else the template's page of the application, else the application's page, else the inbox. */
export function notificationLink(template: string, applicationId: string | null, appUrl: string, params: Record<string, unknown> = {}): string {
  const { path: ofApplication, pathFromParams } = templateFor(template);
  const path = pathFromParams?.(params) ?? (applicationId ? (ofApplication?.(applicationId) ?? `/aanmeldingen/${applicationId}`) : '/meldingen');
  return `${appUrl.replace(/\/+$/, '')}${path}`;
}

export function messageText(request: Omit<RenderRequest, 'appUrl'>): MessageText {
  const template = templateFor(request.template);
  const input: TemplateInput = { recipientName: request.recipientName, application: request.application, params: request.params };
  if (request.wording) return wordedMessage(request.wording, request.template, input, request.language);
  return template[request.language](input);
}

/** The mail for one notification, in the recipient's language, HTML and plain text. */
export function renderNotification(request: RenderRequest): RenderedMail {
  const link = notificationLink(request.template, request.application?.id ?? null, request.appUrl, request.params);
  return renderLayout(messageText(request), request.language, request.recipientName, link);
}

/** Copies only the detail values the template declares; the rest of the trigger never reaches it. */
export function templateParams(template: string, details: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of templateFor(template).params ?? []) if (details[key] !== undefined && details[key] !== null) params[key] = details[key];
  return params;
}

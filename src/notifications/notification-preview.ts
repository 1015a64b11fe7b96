import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../users/role.js';
import { findWording } from './mail-template-overrides.js';
import { renderNotification, templateParams } from './notification-render.js';
import type { TemplateWording } from './template-wording.js';

export interface PreviewRequest {
  template: string;
  recipient: { name: string; email: string; language: Language };
  application: { id: string; reference: string; name: string } | null;
  /** The trigger's details, as the sending module would report them; the template takes what it declares. */
  details: Record<string, unknown>;
  appUrl: string;
  /** A wording not saved yet (the admin's editor); else the saved one, else the built-in text. */
  wording?: TemplateWording | null;
}

/** A mail exactly as the worker would render and send it now, for a confirmation or the template editor. */
export async function previewNotification(db: DataSource | EntityManager, request: PreviewRequest) {
  const wording = request.wording === undefined ? await findWording(db, request.template, request.recipient.language) : request.wording;
  const mail = renderNotification({
    template: request.template,
    language: request.recipient.language,
    recipientName: request.recipient.name,
    application: request.application,
    params: templateParams(request.template, request.details),
    appUrl: request.appUrl,
    wording,
  });
  return { template: request.template, language: request.recipient.language, to: request.recipient.email, ...mail };
}

import type { Language } from '../../users/role.js';

/** What every template gets: plain values; the layout escapes them for HTML. */
export interface TemplateInput {
  recipientName: string;
  /** Null for notifications about no particular application. */
  application: { id: string; reference: string; name: string } | null;
  /** Only the keys the template declares in `params`, copied from the trigger's details. */
  params: Record<string, unknown>;
}

/** The words of one message in one language. Plain text only: never HTML. */
export interface MessageText {
  subject: string;
  paragraphs: string[];
  /** The label of the link to the place to act. */
  action: string;
}

export interface NotificationTemplate {
  /** Keys of the trigger's details this template may use; nothing else is stored or shown. */
  params?: readonly string[];
  /** Where the recipient acts, relative to APP_URL; defaults to the application's page. */
  path?: (applicationId: string) => string;
  /** For a message about what its params name rather than one application (a meeting's agenda): where the recipient acts; undefined without that param. */
  pathFromParams?: (params: Record<string, unknown>) => string | undefined;
  nl: (input: TemplateInput) => MessageText;
  en: (input: TemplateInput) => MessageText;
}

export type TemplateGroup = Record<string, NotificationTemplate>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  link: string;
}

export type { Language };

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed, type FieldError } from '../common/http/validation.js';
import { AppConfig } from '../config/app-config.js';
import { LANGUAGES, type Language } from '../users/role.js';
import { allWordings, deleteWording, saveWording } from './mail-template-overrides.js';
import { TEMPLATE_TOPIC } from './notification-topics.js';
import { previewNotification } from './notification-preview.js';
import { templateFor, type TemplateKey } from './templates/index.js';
import { defaultWording, EDITABLE_TEMPLATES, isEditableTemplate, placeholdersOf, unknownPlaceholders, type TemplateWording } from './template-wording.js';
import { applicationNotFound } from '../track/track.errors.js';
import { mailTemplateNotFound as templateNotFound } from './notifications.errors.js';


/** Example values for what a template needs besides the application, for the preview. */
function exampleDetails(language: Language): Record<string, unknown> {
  const inTenDays = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
  const nl = language === 'nl';
  return {
    respondBy: inTenDays,
    dueAt: inTenDays,
    reviewDueAt: inTenDays,
    conditionsDeadline: inTenDays,
    meetingDate: inTenDays,
    recognisedUntil: inTenDays,
    reason: nl ? '(voorbeeld van een reden)' : '(an example reason)',
    question: nl ? '(voorbeeld van een vraag)' : '(an example question)',
    answer: nl ? '(voorbeeld van een antwoord)' : '(an example answer)',
    reviewerName: nl ? '(naam van de beoordelaar)' : '(the reviewer’s name)',
    suggestedColleague: nl ? '(voorgestelde collega)' : '(suggested colleague)',
    assigneeNames: nl ? '(wie aan de beurt is)' : '(whose turn it is)',
    kind: 'review',
    outcome: 'upheld',
    meetingTime: inTenDays,
    meetingLocation: nl ? '(plaats van de vergadering)' : '(where the meeting is)',
    committeeName: nl ? '(naam van de commissie)' : '(the committee’s name)',
    agendaItems: nl ? '(de agendapunten, één per regel)' : '(the agenda items, one per line)',
  };
}

/** The admin's editor of mail wording: list, read, save (placeholders checked), reset and preview with a real application. */
@Injectable()
export class MailTemplates {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async list() {
    const stored = await allWordings(this.dataSource);
    return EDITABLE_TEMPLATES.map((template) => ({
      template,
      topic: TEMPLATE_TOPIC[template],
      subjects: Object.fromEntries(LANGUAGES.map((language) => [language, templateFor(template)[language](this.exampleInput()).subject])) as Record<Language, string>,
      overridden: LANGUAGES.filter((language) => stored.some((row) => row.template === template && row.language === language)),
    }));
  }

  async get(template: string, language: Language) {
    const key = this.editable(template);
    const [stored] = (await allWordings(this.dataSource)).filter((row) => row.template === key && row.language === language);
    const builtIn = defaultWording(key, language);
    return {
      template: key,
      language,
      placeholders: placeholdersOf(key),
      overridden: Boolean(stored),
      updatedAt: stored?.updatedAt ?? null,
      subject: stored?.subject ?? builtIn.subject,
      body: stored?.body ?? builtIn.body,
      defaultSubject: builtIn.subject,
      defaultBody: builtIn.body,
    };
  }

  async save(user: AuthUser, template: string, language: Language, wording: TemplateWording) {
    const key = this.editable(template);
    this.checkPlaceholders(key, wording);
    await saveWording(this.dataSource, key, language, wording, user.id);
    return this.get(key, language);
  }

  async reset(template: string, language: Language) {
    const key = this.editable(template);
    await deleteWording(this.dataSource, key, language);
    return this.get(key, language);
  }

  /** The mail as it would go out with this (unsaved) wording, filled from a real application, to the admin. */
  async preview(user: AuthUser, template: string, language: Language, wording: TemplateWording, applicationId?: string) {
    const key = this.editable(template);
    this.checkPlaceholders(key, wording);
    const [application]: { id: string; reference: string; name: string }[] = applicationId
      ? await this.dataSource.query(`SELECT id, reference, name FROM applications WHERE id = $1`, [applicationId])
      : await this.dataSource.query(`SELECT id, reference, name FROM applications ORDER BY created_at DESC LIMIT 1`);
    if (applicationId && !application) throw applicationNotFound();
    return previewNotification(this.dataSource, {
      template: key,
      recipient: { name: user.name, email: user.email, language },
      application: application ?? null,
      details: exampleDetails(language),
      appUrl: this.config.APP_URL,
      wording,
    });
  }

  /** Applications to preview with, newest first. */
  applications(): Promise<{ id: string; reference: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, reference, name FROM applications ORDER BY created_at DESC LIMIT 50`);
  }

  private editable(template: string): TemplateKey {
    if (!isEditableTemplate(template)) throw templateNotFound();
    return template;
  }

  /** 400 naming every unknown placeholder and the field it is in. */
  private checkPlaceholders(template: TemplateKey, wording: TemplateWording) {
    const errors: FieldError[] = [];
    const allowed = placeholdersOf(template);
    for (const field of ['subject', 'body'] as const) {
      for (const placeholder of unknownPlaceholders(template, { subject: '', body: '', [field]: wording[field] }))
        errors.push({
          field,
          reason: `onbekende plaatsaanduiding {{${placeholder}}} / unknown placeholder {{${placeholder}}}`,
          rule: 'placeholder',
          placeholder,
          allowed,
        } as FieldError);
    }
    if (errors.length) throw validationFailed(errors);
  }

  private exampleInput() {
    return { recipientName: '', application: { id: '', reference: '', name: '…' }, params: {} };
  }
}

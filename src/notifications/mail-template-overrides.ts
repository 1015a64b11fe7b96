import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../users/role.js';
import { isEditableTemplate, type TemplateWording } from './template-wording.js';

export interface StoredWording extends TemplateWording {
  template: string;
  language: Language;
  updatedAt: Date;
  updatedBy: string | null;
}

/** The admin's wording of a template in a language, or null: the built-in text applies. */
export async function findWording(db: DataSource | EntityManager, template: string, language: Language): Promise<TemplateWording | null> {
  if (!isEditableTemplate(template)) return null;
  const [row]: TemplateWording[] = await db.query(`SELECT subject, body FROM mail_template_overrides WHERE template = $1 AND language = $2`, [template, language]);
  return row ?? null;
}

export function allWordings(db: DataSource | EntityManager): Promise<StoredWording[]> {
  return db.query(
    `SELECT template, language, subject, body, updated_at AS "updatedAt", updated_by AS "updatedBy" FROM mail_template_overrides ORDER BY template, language`,
  );
}

export async function saveWording(db: DataSource | EntityManager, template: string, language: Language, wording: TemplateWording, userId: string): Promise<void> {
  await db.query(
    `INSERT INTO mail_template_overrides (template, language, subject, body, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT mail_template_overrides_pkey
     DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [template, language, wording.subject, wording.body, userId],
  );
}

export async function deleteWording(db: DataSource | EntityManager, template: string, language: Language): Promise<void> {
  await db.query(`DELETE FROM mail_template_overrides WHERE template = $1 AND language = $2`, [template, language]);
}

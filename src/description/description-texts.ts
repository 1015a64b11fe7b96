import type { EntityManager } from 'typeorm';
import { countWords } from '../common/validation/text.js';
import { DESCRIPTION_SECTIONS } from './description-sections.js';
import type { CurrentSection } from './description.errors.js';
import type { FrozenSections } from './description-version.entity.js';

interface SectionRow {
  key: string;
  content: string;
  version: number;
  updatedAt: Date;
  updatedById: string;
  updatedBy: string;
}

/** The live state of every template section, saved or not (version 0, empty text). */
export async function liveSections(manager: EntityManager, applicationId: string): Promise<CurrentSection[]> {
  const rows: SectionRow[] = await manager.query(
    `SELECT s.section_key AS key, s.content, s.version, s.updated_at AS "updatedAt",
            s.updated_by AS "updatedById", u.name AS "updatedBy"
       FROM description_sections s JOIN users u ON u.id = s.updated_by
      WHERE s.application_id = $1`,
    [applicationId],
  );
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return DESCRIPTION_SECTIONS.map(({ key }) => currentSection(key, byKey.get(key)));
}

/** One section's live state. */
export async function liveSection(manager: EntityManager, applicationId: string, key: string): Promise<CurrentSection> {
  const [row]: SectionRow[] = await manager.query(
    `SELECT s.section_key AS key, s.content, s.version, s.updated_at AS "updatedAt",
            s.updated_by AS "updatedById", u.name AS "updatedBy"
       FROM description_sections s JOIN users u ON u.id = s.updated_by
      WHERE s.application_id = $1 AND s.section_key = $2`,
    [applicationId, key],
  );
  return currentSection(key, row);
}

function currentSection(key: string, row: SectionRow | undefined): CurrentSection {
  if (!row) return { key, content: '', version: 0, updatedAt: null, updatedBy: null, updatedById: null, wordCount: 0 };
  return {
    key,
    content: row.content,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    updatedById: row.updatedById,
    wordCount: countWords(row.content),
  };
}

/** Section key -> text for every template section, as a version freezes it. */
export function textsOf(sections: readonly CurrentSection[]): FrozenSections {
  return Object.fromEntries(sections.map((section) => [section.key, section.content]));
}

export function hasAnyText(texts: FrozenSections): boolean {
  return Object.values(texts).some((text) => text.trim().length > 0);
}

export function sameTexts(a: FrozenSections, b: FrozenSections): boolean {
  return DESCRIPTION_SECTIONS.every(({ key }) => (a[key] ?? '') === (b[key] ?? ''));
}

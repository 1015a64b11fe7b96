import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity.js';
import { completeFacts, hasAnyFact, type ListingFacts } from '../description/listing-facts.js';

/** The public text of a listing; everything else about an application stays private. */
export interface ListingContent {
  title: string;
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  organisations: string[];
  activeElements: string;
  research: string;
  themes: string[];
  contactName: string;
  contactEmail: string;
  contactOrganisation: string;
  /** The werkblad's structured facts (cost, duration, staff, setting, age); null when none were filled in. */
  facts: ListingFacts | null;
}

/** Werkblad section keys the listing takes over (see src/description/description-sections.ts). */
const PUBLIC_SECTIONS = { summary: 'summary', activeElements: 'active_elements', research: 'research' } as const;

/**
 * Where a listing's text comes from: the intake fields of the application and, once the werkblad
 * tables exist, the description the committee judged (the latest `final` version, else the live
 * sections). Kept in one place so the mapping can follow the werkblad as it evolves.
 */
@Injectable()
export class ListingSource {
  async read(manager: EntityManager, application: Application): Promise<ListingContent> {
    const sections = (await this.description(manager, application.id)) ?? {};
    const facts = await this.facts(manager, application.id);
    const section = (key: string) => (typeof sections[key] === 'string' ? sections[key].trim() : '');
    return {
      title: application.name,
      // The werkblad's summary (up to 600 words) is the longer, final text; the intake one is a first sketch.
      summary: section(PUBLIC_SECTIONS.summary) || application.summary,
      goal: application.goal,
      targetGroup: application.targetGroup,
      approach: application.approach,
      organisations: [application.organisation],
      activeElements: section(PUBLIC_SECTIONS.activeElements),
      research: section(PUBLIC_SECTIONS.research),
      themes: application.themes,
      contactName: application.contactName,
      contactEmail: application.contactEmail,
      contactOrganisation: application.organisation,
      facts: facts && hasAnyFact(facts) ? facts : null,
    };
  }

  /**
   * Starts the werkblad of a re-assessment from the last description of the listed application.
   * Returns the number of sections copied (0 when there is no werkblad yet).
   */
  async copyDescription(manager: EntityManager, fromApplicationId: string, toApplicationId: string, userId: string): Promise<number> {
    if (!(await this.tableExists(manager, 'description_sections'))) return 0;
    const sections = (await this.description(manager, fromApplicationId)) ?? {};
    const entries = Object.entries(sections).filter(([, content]) => typeof content === 'string' && content.trim() !== '');
    for (const [key, content] of entries)
      await manager.query(
        `INSERT INTO description_sections (application_id, section_key, content, version, updated_by, updated_at)
         VALUES ($1, $2, $3, 1, $4, now()) ON CONFLICT DO NOTHING`,
        [toApplicationId, key, content, userId],
      );
    const facts = await this.facts(manager, fromApplicationId);
    if (facts && hasAnyFact(facts) && (await this.tableExists(manager, 'description_facts')))
      await manager.query(
        `INSERT INTO description_facts (application_id, facts, version, updated_by, updated_at)
         VALUES ($1, $2, 1, $3, now()) ON CONFLICT DO NOTHING`,
        [toApplicationId, JSON.stringify(facts), userId],
      );
    return entries.length;
  }

  /**
   * The structured facts of the judged description (the latest `final` version), else the live
   * ones; null when there are none. A final version frozen before facts existed falls back to the live ones.
   */
  private async facts(manager: EntityManager, applicationId: string): Promise<ListingFacts | null> {
    if (!(await this.tableExists(manager, 'description_facts'))) return null;
    const [frozen]: { facts: Partial<ListingFacts> | null }[] = await manager.query(
      `SELECT facts FROM description_versions WHERE application_id = $1 AND kind = 'final' ORDER BY number DESC LIMIT 1`,
      [applicationId],
    );
    if (frozen?.facts) return completeFacts(frozen.facts);
    const [live]: { facts: Partial<ListingFacts> }[] = await manager.query(`SELECT facts FROM description_facts WHERE application_id = $1`, [applicationId]);
    return live ? completeFacts(live.facts) : null;
  }

  /** Section key -> text of the judged description, or null when there is no werkblad. */
  private async description(manager: EntityManager, applicationId: string): Promise<Record<string, string> | null> {
    if (await this.tableExists(manager, 'description_versions')) {
      const rows: { sections: Record<string, string> }[] = await manager.query(
        `SELECT sections FROM description_versions WHERE application_id = $1 AND kind = 'final' ORDER BY number DESC LIMIT 1`,
        [applicationId],
      );
      if (rows.length) return rows[0].sections;
    }
    if (await this.tableExists(manager, 'description_sections')) {
      const rows: { key: string; content: string }[] = await manager.query(
        `SELECT section_key AS key, content FROM description_sections WHERE application_id = $1`,
        [applicationId],
      );
      if (rows.length) return Object.fromEntries(rows.map((row) => [row.key, row.content]));
    }
    return null;
  }

  private async tableExists(manager: EntityManager, table: string): Promise<boolean> {
    const [{ exists }] = await manager.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public.${table}`]);
    return exists;
  }
}

import { CurrentFactsView } from './listing-facts.view.js';
import type { EntityManager } from 'typeorm';
import { DescriptionFacts } from './description-facts.entity.js';
import { completeFacts, type ListingFacts } from './listing-facts.js';

export type CurrentFacts = CurrentFactsView;

/** The werkblad's live structured facts; every field empty while never saved. */
export async function liveFacts(manager: EntityManager, applicationId: string): Promise<CurrentFacts> {
  const row = await manager.getRepository(DescriptionFacts).findOneBy({ applicationId });
  if (!row) return { facts: completeFacts(null), version: 0, updatedAt: null };
  return { facts: completeFacts(row.facts), version: row.version, updatedAt: row.updatedAt };
}


import type { EntityManager } from 'typeorm';
import type { DocumentFacts } from '../track/track.events.js';

/** What the live (not removed) documents of an application amount to, as the track machine sees it. */
export async function loadDocumentFacts(manager: EntityManager, applicationId: string): Promise<DocumentFacts> {
  const rows: { kind: string; count: number }[] = await manager.query(
    `SELECT kind, count(*)::int AS count FROM documents
      WHERE application_id = $1 AND removed_at IS NULL
      GROUP BY kind`,
    [applicationId],
  );
  const count = (kind: string) => rows.find((row) => row.kind === kind)?.count ?? 0;
  return {
    handbook: count('handbook') > 0,
    processEvaluation: count('process_evaluation') > 0,
    effectStudies: count('effect_study'),
  };
}

export function sameFacts(a: DocumentFacts | undefined, b: DocumentFacts): boolean {
  return !!a && a.handbook === b.handbook && a.processEvaluation === b.processEvaluation && a.effectStudies === b.effectStudies;
}

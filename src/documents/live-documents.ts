import { In, IsNull, type EntityManager } from 'typeorm';
import { DocumentVersion } from './document-version.entity.js';
import { ApplicationDocument } from './document.entity.js';
import { documentView } from './document.view.js';

/** The application's documents that were not removed, oldest first, each with its versions. */
export async function liveDocuments(manager: EntityManager, applicationId: string) {
  const documents = await manager.getRepository(ApplicationDocument).find({ where: { applicationId, removedAt: IsNull() }, order: { createdAt: 'ASC' } });
  if (!documents.length) return [];
  const versions = await manager.getRepository(DocumentVersion).findBy({ documentId: In(documents.map((document) => document.id)) });
  return documents.map((document) => documentView(document, versions));
}

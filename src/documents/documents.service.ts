import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { FILE_STORAGE, type FileStorage, type StoredFile } from '../storage/file-storage.js';
import { appendAudit } from '../track/audit-log.js';
import type { DocumentFacts } from '../track/track.events.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { systemActor } from '../track/track-actor.js';
import { TrackService } from '../track/track.service.js';
import { detectDocumentType, type DetectedDocumentType } from './content/detect-document-type.js';
import { contentDisposition } from './content/safe-file-name.js';
import { ApplicationDocument } from './document.entity.js';
import { loadDocumentFacts, sameFacts } from './document-facts.js';
import { DOCUMENT_EDITABLE_STATES, DOCUMENT_KIND_LABELS, SINGLE_DOCUMENT_KINDS, type DocumentKind } from './document-kind.js';
import { DocumentVersion } from './document-version.entity.js';
import { documentView } from './document.view.js';
import { documentNotFound, documentsLocked, ownersOnly, unsupportedDocumentType } from './documents.errors.js';
import type { UploadDocumentDto } from './dto/upload-document.dto.js';
import type { UploadedDocumentFile } from './uploaded-file.js';

/** The application's document facts and its version after a change (the version moves when the facts do). */
export interface DocumentsChange {
  facts: DocumentFacts;
  applicationVersion: number;
}

export interface DocumentDownload {
  stream: Readable;
  mimeType: string;
  sizeBytes: number;
  disposition: string;
}

/** Only these types are stored (see detect-document-type.ts); the download name gets the matching extension. */
const EXTENSION_BY_MIME_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

const MAX_ORIGINAL_NAME = 255;

/**
 * Documents of an application: handbook, process evaluation, effect studies and annexes, each
 * upload kept as a version. After every change the document facts go to the track machine
 * (DOCUMENTS_CHANGED through the one write path), in the same transaction as the change.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('documents');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly track: TrackService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Every document of the application with its versions, removed ones included (with `removedAt`). */
  async list(user: AuthUser, applicationId: string) {
    await this.access.load(user, applicationId);
    const manager = this.dataSource.manager;
    const documents = await manager.getRepository(ApplicationDocument).find({ where: { applicationId }, order: { createdAt: 'ASC' } });
    if (documents.length === 0) return [];
    const versions = await manager
      .getRepository(DocumentVersion)
      .createQueryBuilder('version')
      .where('version.document_id IN (:...ids)', { ids: documents.map((document) => document.id) })
      .getMany();
    const live = documents.filter((document) => !document.removedAt);
    const removed = documents.filter((document) => document.removedAt);
    return [...live, ...removed].map((document) => documentView(document, versions));
  }

  /**
   * Stores the upload as a new document, or as the next version of an existing one. Everything is
   * checked before the file is written; if the transaction fails afterwards the file is deleted.
   */
  async upload(user: AuthUser, applicationId: string, dto: UploadDocumentDto, file: UploadedDocumentFile | undefined) {
    const written: { file?: StoredFile } = {};
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await this.lockForChange(manager, user, applicationId);
        const { buffer, type } = checkFile(file);
        const existing = await this.targetDocument(manager, applicationId, dto);

        const stored = (written.file = await this.storage.put(buffer));
        const documents = manager.getRepository(ApplicationDocument);
        let document: ApplicationDocument;
        if (existing) {
          document = existing;
          if (dto.title && dto.title !== document.title) {
            await documents.update({ id: document.id }, { title: dto.title });
            document.title = dto.title;
          }
        } else {
          document = await documents.save(
            documents.create({
              applicationId,
              kind: dto.kind,
              title: dto.title ?? defaultTitle(dto.kind, file!.originalname),
              createdBy: user.id,
              removedAt: null,
            }),
          );
        }

        const [{ last }]: { last: number }[] = await manager.query(
          `SELECT coalesce(max(version), 0)::int AS last FROM document_versions WHERE document_id = $1`,
          [document.id],
        );
        const version = await manager.getRepository(DocumentVersion).save(
          manager.getRepository(DocumentVersion).create({
            documentId: document.id,
            version: last + 1,
            storageKey: stored.key,
            originalName: cleanOriginalName(file!.originalname, type),
            mimeType: type.mimeType,
            sizeBytes: stored.size,
            sha256: stored.sha256,
            uploadedBy: user.id,
          }),
        );

        // The file name stays out of the append-only history: it may carry personal data.
        await appendAudit(manager, {
          applicationId,
          applicationVersion: application.version,
          actorId: user.id,
          actorKind: 'owner',
          eventType: 'DOCUMENT_UPLOADED',
          fromState: application.state,
          toState: application.state,
          payload: {
            documentId: document.id,
            kind: document.kind,
            title: document.title,
            version: version.version,
            mimeType: version.mimeType,
            sizeBytes: version.sizeBytes,
          },
        });
        const change = await this.syncFacts(manager, application);
        const versions = await manager.getRepository(DocumentVersion).findBy({ documentId: document.id });
        return { document: documentView(document, versions), ...change };
      });
    } catch (error) {
      if (written.file) await this.discard(written.file.key);
      throw error;
    }
  }

  /** Marks the document removed; its versions stay for the history. */
  async remove(user: AuthUser, applicationId: string, documentId: string): Promise<DocumentsChange> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockForChange(manager, user, applicationId);
      const documents = manager.getRepository(ApplicationDocument);
      const document = await documents.findOneBy({ id: documentId, applicationId, removedAt: IsNull() });
      if (!document) throw documentNotFound();
      await documents.update({ id: document.id }, { removedAt: new Date() });
      await appendAudit(manager, {
        applicationId,
        applicationVersion: application.version,
        actorId: user.id,
        actorKind: 'owner',
        eventType: 'DOCUMENT_REMOVED',
        fromState: application.state,
        toState: application.state,
        payload: { documentId: document.id, kind: document.kind, title: document.title },
      });
      return this.syncFacts(manager, application);
    });
  }

  /** One stored version, for everyone involved in the application (others: 404). */
  async download(user: AuthUser, applicationId: string, documentId: string, versionNumber: number): Promise<DocumentDownload> {
    await this.access.load(user, applicationId);
    const manager = this.dataSource.manager;
    const document = await manager.getRepository(ApplicationDocument).findOneBy({ id: documentId, applicationId });
    if (!document) throw documentNotFound();
    const version = await manager.getRepository(DocumentVersion).findOneBy({ documentId, version: versionNumber });
    if (!version) throw documentNotFound();
    if (!(await this.storage.exists(version.storageKey)))
      throw new Error(`Stored file missing for document ${documentId} version ${versionNumber}`);
    const stream = this.storage.stream(version.storageKey);
    return {
      stream: stream instanceof Readable ? stream : Readable.from(stream),
      mimeType: version.mimeType,
      sizeBytes: version.sizeBytes,
      disposition: contentDisposition(version.originalName, EXTENSION_BY_MIME_TYPE[version.mimeType] ?? 'bin'),
    };
  }

  /** Locks the application row (serialising document changes per application) and checks owner and state. */
  private async lockForChange(manager: EntityManager, user: AuthUser, applicationId: string): Promise<Application> {
    const { application, kinds } = await this.access.load(user, applicationId, manager, { lock: true });
    if (!kinds.includes('owner')) throw ownersOnly();
    if (!DOCUMENT_EDITABLE_STATES.includes(application.state)) throw documentsLocked(application.state);
    return application;
  }

  /** The document the upload becomes a version of, or null for a new document. */
  private async targetDocument(manager: EntityManager, applicationId: string, dto: UploadDocumentDto): Promise<ApplicationDocument | null> {
    const documents = manager.getRepository(ApplicationDocument);
    if (dto.documentId) {
      const document = await documents.findOneBy({ id: dto.documentId, applicationId, removedAt: IsNull() });
      if (!document)
        throw validationFailed([
          { field: 'documentId', reason: 'geen actueel document van deze aanmelding / not a current document of this application' },
        ]);
      if (document.kind !== dto.kind)
        throw validationFailed([
          { field: 'kind', reason: `het document is van de soort ${document.kind} / the document is of kind ${document.kind}` },
        ]);
      return document;
    }
    if (SINGLE_DOCUMENT_KINDS.includes(dto.kind))
      return documents.findOneBy({ applicationId, kind: dto.kind, removedAt: IsNull() });
    return null;
  }

  /** Sends DOCUMENTS_CHANGED when the live documents no longer match what the machine holds. */
  private async syncFacts(manager: EntityManager, application: Application): Promise<DocumentsChange> {
    const facts = await loadDocumentFacts(manager, application.id);
    const known = trackContextOf(application).documents;
    if (sameFacts(known, facts)) return { facts, applicationVersion: application.version };
    const updated = await this.track.sendWithin(manager, {
      applicationId: application.id,
      actor: systemActor('documents'),
      event: { type: 'DOCUMENTS_CHANGED', ...facts },
    });
    return { facts, applicationVersion: updated.version };
  }

  private async discard(key: string): Promise<void> {
    try {
      await this.storage.delete(key);
    } catch (error) {
      this.logger.warn(`Could not delete stored file after a failed upload: ${(error as Error).message}`);
    }
  }
}

function checkFile(file: UploadedDocumentFile | undefined): { buffer: Buffer; type: DetectedDocumentType } {
  if (!file || !Buffer.isBuffer(file.buffer))
    throw validationFailed([{ field: 'file', reason: 'een bestand is verplicht / a file is required' }]);
  if (file.buffer.length === 0) throw validationFailed([{ field: 'file', reason: 'het bestand is leeg / the file is empty' }]);
  const type = detectDocumentType(file.buffer);
  if (!type) throw unsupportedDocumentType();
  return { buffer: file.buffer, type };
}

/** The original name as sent, without path, control characters or excess length; kept for the download name. */
function cleanOriginalName(name: string | undefined, type: DetectedDocumentType): string {
  const base = String(name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .trim();
  return Array.from(base).slice(0, MAX_ORIGINAL_NAME).join('') || `document.${type.extension}`;
}

/** Handbook and process evaluation are named by their kind; other documents by their file name. */
function defaultTitle(kind: DocumentKind, originalName: string | undefined): string {
  const label = DOCUMENT_KIND_LABELS[kind].nl;
  if (SINGLE_DOCUMENT_KINDS.includes(kind)) return label;
  const base = String(originalName ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim();
  return Array.from(base).slice(0, 200).join('').trim() || label;
}

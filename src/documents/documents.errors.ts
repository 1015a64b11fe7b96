import {
  ConflictException,
  ForbiddenException,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ACCEPTED_DOCUMENT_TYPES } from './content/detect-document-type.js';

/** The codes a client can act on; messages are Dutch first, then English. */
export enum DocumentErrorCode {
  DocumentNotFound = 'DOCUMENT_NOT_FOUND',
  OwnersOnly = 'DOCUMENTS_OWNERS_ONLY',
  DocumentsLocked = 'DOCUMENTS_LOCKED',
  UnsupportedDocumentType = 'UNSUPPORTED_DOCUMENT_TYPE',
  FileTooLarge = 'FILE_TOO_LARGE',
}

export function documentNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DocumentErrorCode.DocumentNotFound,
    message: 'Document niet gevonden. / Document not found.',
  });
}

export function ownersOnly(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: DocumentErrorCode.OwnersOnly,
    message:
      'Alleen de eigenaren van de aanmelding mogen documenten toevoegen of verwijderen. / ' +
      'Only the owners of the application may add or remove documents.',
  });
}

export function documentsLocked(state: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DocumentErrorCode.DocumentsLocked,
    message:
      `In de huidige fase (${state}) kunnen de documenten niet meer veranderen. / ` +
      `The documents can no longer change in the current state (${state}).`,
    state,
  });
}

export function unsupportedDocumentType(): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({
    statusCode: 415,
    error: 'Unsupported Media Type',
    code: DocumentErrorCode.UnsupportedDocumentType,
    message:
      `Dit bestand is geen ${ACCEPTED_DOCUMENT_TYPES}-document (gecontroleerd op de inhoud, niet op de naam). / ` +
      `This file is not a ${ACCEPTED_DOCUMENT_TYPES} document (checked by its content, not its name).`,
    field: 'file',
    accepted: ACCEPTED_DOCUMENT_TYPES,
  });
}

export function fileTooLarge(maxBytes: number): PayloadTooLargeException {
  const size = formatSize(maxBytes);
  return new PayloadTooLargeException({
    statusCode: 413,
    error: 'Payload Too Large',
    code: DocumentErrorCode.FileTooLarge,
    message: `Het bestand is te groot: hoogstens ${size}. / The file is too large: at most ${size}.`,
    field: 'file',
    maxBytes,
  });
}

function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.floor(bytes / 1024)} kB`;
}

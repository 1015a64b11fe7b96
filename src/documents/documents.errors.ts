import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import { ACCEPTED_DOCUMENT_TYPES } from './content/detect-document-type.js';

/** The codes a client can act on; the web app words each (web/src/i18n/errors-*.ts). */
export enum DocumentErrorCode {
  DocumentNotFound = 'DOCUMENT_NOT_FOUND',
  OwnersOnly = 'DOCUMENTS_OWNERS_ONLY',
  DocumentsLocked = 'DOCUMENTS_LOCKED',
  UnsupportedDocumentType = 'UNSUPPORTED_DOCUMENT_TYPE',
  FileTooLarge = 'FILE_TOO_LARGE',
}

export const documentNotFound = defineError(DocumentErrorCode.DocumentNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Document niet gevonden.',
  en: 'Document not found.',
}));

export const ownersOnly = defineError(DocumentErrorCode.OwnersOnly, HttpStatus.FORBIDDEN, () => ({
  nl: 'Alleen de eigenaren van de aanmelding mogen documenten toevoegen of verwijderen.',
  en: 'Only the owners of the application may add or remove documents.',
}));

const DOCUMENTS_LOCKED = defineError<{ state: string }>(DocumentErrorCode.DocumentsLocked, HttpStatus.CONFLICT, ({ state }) => ({
  nl: `In de huidige fase (${state}) kunnen de documenten niet meer veranderen.`,
  en: `The documents can no longer change in the current state (${state}).`,
}));

export const documentsLocked = (state: string) => DOCUMENTS_LOCKED({ state });

const UNSUPPORTED_DOCUMENT_TYPE = defineError<{ field: string; accepted: string }>(
  DocumentErrorCode.UnsupportedDocumentType,
  HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  ({ accepted }) => ({
    nl: `Dit bestand is geen ${accepted}-document (gecontroleerd op de inhoud, niet op de naam).`,
    en: `This file is not a ${accepted} document (checked by its content, not its name).`,
  }),
);

export const unsupportedDocumentType = () => UNSUPPORTED_DOCUMENT_TYPE({ field: 'file', accepted: ACCEPTED_DOCUMENT_TYPES });

const FILE_TOO_LARGE = defineError<{ field: string; maxBytes: number }>(DocumentErrorCode.FileTooLarge, HttpStatus.PAYLOAD_TOO_LARGE, ({ maxBytes }) => ({
  nl: `Het bestand is te groot: hoogstens ${formatSize(maxBytes)}.`,
  en: `The file is too large: at most ${formatSize(maxBytes)}.`,
}));

export const fileTooLarge = (maxBytes: number) => FILE_TOO_LARGE({ field: 'file', maxBytes });

function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.floor(bytes / 1024)} kB`;
}

import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

/** The codes a client of the werkblad can act on; messages are Dutch first, then English. */
export enum DescriptionErrorCode {
  SectionChanged = 'SECTION_CHANGED',
  NotEditable = 'DESCRIPTION_NOT_EDITABLE',
  VersionNotFound = 'DESCRIPTION_VERSION_NOT_FOUND',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  CommentsNotAllowed = 'COMMENTS_NOT_ALLOWED',
  AnchorSectionChanged = 'ANCHOR_SECTION_CHANGED',
}

export interface CurrentSection {
  key: string;
  content: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  updatedById: string | null;
  wordCount: number;
}

/**
 * Someone saved the section since this client last saw it. The body carries the current text,
 * so the client can show both and let the user merge; it keeps its own unsaved text.
 */
export function sectionChanged(expectedVersion: number, current: CurrentSection): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DescriptionErrorCode.SectionChanged,
    message:
      'Deze sectie is intussen door iemand anders opgeslagen; uw tekst is niet opgeslagen. Vergelijk en sla opnieuw op. / ' +
      'This section was saved by someone else in the meantime; your text was not saved. Compare and save again.',
    key: current.key,
    expectedVersion,
    currentVersion: current.version,
    current,
  });
}

export function descriptionNotEditable(state: string, werkblad: string | null): ConflictException {
  const where = werkblad ? `${state}, werkblad ${werkblad}` : state;
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DescriptionErrorCode.NotEditable,
    message: `De beschrijving kan in deze fase (${where}) niet worden bewerkt. / The description cannot be edited in this state (${where}).`,
    state,
    werkblad,
  });
}

export function descriptionVersionNotFound(number: number): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DescriptionErrorCode.VersionNotFound,
    message: `Versie ${number} van de beschrijving bestaat niet. / Version ${number} of the description does not exist.`,
    number,
  });
}

export function commentNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DescriptionErrorCode.CommentNotFound,
    message: 'Opmerking niet gevonden. / Comment not found.',
  });
}

export function commentsNotAllowed(action: string): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: DescriptionErrorCode.CommentsNotAllowed,
    message: `U mag dit (${action}) niet bij de opmerkingen op deze beschrijving. / You may not do this (${action}) with the comments on this description.`,
    action,
  });
}

/** The passage was selected in an older revision of the section: the client reloads the text and selects again. */
export function anchorSectionChanged(sectionVersion: number, currentVersion: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DescriptionErrorCode.AnchorSectionChanged,
    message:
      `De sectie is gewijzigd sinds u de passage selecteerde (revisie ${sectionVersion}, nu ${currentVersion}). Laad de tekst opnieuw en selecteer de passage opnieuw. / ` +
      `The section changed since you selected the passage (revision ${sectionVersion}, now ${currentVersion}). Reload the text and select the passage again.`,
    sectionVersion,
    currentVersion,
  });
}

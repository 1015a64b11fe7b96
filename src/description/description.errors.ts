import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

/** The codes a client of the werkblad can act on; the web app words each (web/src/i18n/errors-*.ts). */
export enum DescriptionErrorCode {
  SectionChanged = 'SECTION_CHANGED',
  NotEditable = 'DESCRIPTION_NOT_EDITABLE',
  VersionNotFound = 'DESCRIPTION_VERSION_NOT_FOUND',
  CommentNotFound = 'COMMENT_NOT_FOUND',
  CommentsNotAllowed = 'COMMENTS_NOT_ALLOWED',
  AnchorSectionChanged = 'ANCHOR_SECTION_CHANGED',
  FactsChanged = 'FACTS_CHANGED',
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

const SECTION_CHANGED = defineError<{ key: string; expectedVersion: number; currentVersion: number }>(
  DescriptionErrorCode.SectionChanged,
  HttpStatus.CONFLICT,
  () => ({
    nl: 'Deze sectie is intussen door iemand anders opgeslagen; uw tekst is niet opgeslagen. Vergelijk en sla opnieuw op.',
    en: 'This section was saved by someone else in the meantime; your text was not saved. Compare and save again.',
  }),
);

/**
 * Someone saved the section since this client last saw it. The body carries the current text,
 * so the client can show both and let the user merge; it keeps its own unsaved text.
 */
export const sectionChanged = (expectedVersion: number, current: CurrentSection) =>
  SECTION_CHANGED({ key: current.key, expectedVersion, currentVersion: current.version }, { current });

const NOT_EDITABLE = defineError<{ state: string; werkblad: string | null }>(DescriptionErrorCode.NotEditable, HttpStatus.CONFLICT, ({ state, werkblad }) => {
  const where = werkblad ? `${state}, werkblad ${werkblad}` : state;
  return {
    nl: `De beschrijving kan in deze fase (${where}) niet worden bewerkt.`,
    en: `The description cannot be edited in this state (${where}).`,
  };
});

export const descriptionNotEditable = (state: string, werkblad: string | null) => NOT_EDITABLE({ state, werkblad });

const VERSION_NOT_FOUND = defineError<{ number: number }>(DescriptionErrorCode.VersionNotFound, HttpStatus.NOT_FOUND, ({ number }) => ({
  nl: `Versie ${number} van de beschrijving bestaat niet.`,
  en: `Version ${number} of the description does not exist.`,
}));

export const descriptionVersionNotFound = (number: number) => VERSION_NOT_FOUND({ number });

export const commentNotFound = defineError(DescriptionErrorCode.CommentNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Opmerking niet gevonden.',
  en: 'Comment not found.',
}));

const COMMENTS_NOT_ALLOWED = defineError<{ action: string }>(DescriptionErrorCode.CommentsNotAllowed, HttpStatus.FORBIDDEN, ({ action }) => ({
  nl: `U mag dit (${action}) niet bij de opmerkingen op deze beschrijving.`,
  en: `You may not do this (${action}) with the comments on this description.`,
}));

export const commentsNotAllowed = (action: string) => COMMENTS_NOT_ALLOWED({ action });

const ANCHOR_SECTION_CHANGED = defineError<{ sectionVersion: number; currentVersion: number }>(
  DescriptionErrorCode.AnchorSectionChanged,
  HttpStatus.CONFLICT,
  ({ sectionVersion, currentVersion }) => ({
    nl: `De sectie is gewijzigd sinds u de passage selecteerde (revisie ${sectionVersion}, nu ${currentVersion}). Laad de tekst opnieuw en selecteer de passage opnieuw.`,
    en: `The section changed since you selected the passage (revision ${sectionVersion}, now ${currentVersion}). Reload the text and select the passage again.`,
  }),
);

/** The passage was selected in an older revision of the section: the client reloads the text and selects again. */
export const anchorSectionChanged = (sectionVersion: number, currentVersion: number) => ANCHOR_SECTION_CHANGED({ sectionVersion, currentVersion });

const FACTS_CHANGED = defineError<{ expectedVersion: number; currentVersion: number }>(DescriptionErrorCode.FactsChanged, HttpStatus.CONFLICT, () => ({
  nl: 'De kerngegevens zijn intussen door iemand anders opgeslagen; uw wijziging is niet opgeslagen. Laad ze opnieuw.',
  en: 'The key facts were saved by someone else in the meantime; your change was not saved. Reload them.',
}));

/** Someone saved the werkblad's facts since this client last saw them; the body carries the current ones. */
export const factsChanged = (expectedVersion: number, current: { version: number }) =>
  FACTS_CHANGED({ expectedVersion, currentVersion: current.version }, { current });

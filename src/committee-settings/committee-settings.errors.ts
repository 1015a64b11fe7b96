import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import type { LevelCode } from '../track/track.levels.js';

export enum CommitteeSettingsErrorCode {
  SettingsVersionStale = 'SETTINGS_VERSION_STALE',
  SettingsBreakCases = 'SETTINGS_BREAK_CASES',
  DatabankClosed = 'DATABANK_CLOSED',
}

/** A case a change of settings would leave without its level: it targets it (running) or holds it (published). */
export interface BrokenCase {
  id: string;
  reference: string;
  name: string;
  level: LevelCode;
  uses: 'targets' | 'holds';
}

const SETTINGS_VERSION_STALE = defineError<{ basedOnVersion: number; currentVersion: number }>(
  CommitteeSettingsErrorCode.SettingsVersionStale,
  HttpStatus.CONFLICT,
  ({ basedOnVersion, currentVersion }) => ({
    nl: `De instellingen zijn intussen gewijzigd (nu versie ${currentVersion}, u werkte op versie ${basedOnVersion}); bekijk ze opnieuw.`,
    en: `The settings have changed meanwhile (now version ${currentVersion}, you worked on version ${basedOnVersion}); review them again.`,
  }),
);

export const settingsVersionStale = (basedOn: number, current: number) => SETTINGS_VERSION_STALE({ basedOnVersion: basedOn, currentVersion: current });

const SETTINGS_BREAK_CASES = defineError<{ levels: string[]; caseCount: number }>(
  CommitteeSettingsErrorCode.SettingsBreakCases,
  HttpStatus.CONFLICT,
  ({ levels, caseCount }) => ({
    nl: `Een niveau dat vervalt (${levels.join(', ')}) is nog in gebruik bij ${caseCount} zaak/zaken; die zouden niet meer kunnen worden afgerond of herbeoordeeld.`,
    en: `A level being removed (${levels.join(', ')}) is still in use by ${caseCount} case(s), which could no longer be completed or re-assessed.`,
  }),
);

export const settingsBreakCases = (cases: BrokenCase[]) =>
  SETTINGS_BREAK_CASES({ levels: [...new Set(cases.map((c) => c.level))], caseCount: cases.length }, { cases });

const DATABANK_CLOSED = defineError<{ committeeId: string; committeeName: string; closedMessageNl: string | null; closedMessageEn: string | null }>(
  CommitteeSettingsErrorCode.DatabankClosed,
  HttpStatus.CONFLICT,
  ({ closedMessageNl, closedMessageEn }) => ({
    nl: closedMessageNl ?? 'Deze databank neemt nu geen aanmeldingen aan.',
    en: closedMessageEn ?? 'This databank is not taking applications now.',
  }),
);

/** 409 for a new application while the committee's databank is closed, with the committee's own message. */
export const databankClosed = (committee: { id: string; name: string }, messageNl: string | null, messageEn: string | null) =>
  DATABANK_CLOSED({ committeeId: committee.id, committeeName: committee.name, closedMessageNl: messageNl, closedMessageEn: messageEn });

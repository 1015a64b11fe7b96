import { ConflictException } from '@nestjs/common';
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

export function settingsVersionStale(basedOn: number, current: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeSettingsErrorCode.SettingsVersionStale,
    message:
      `De instellingen zijn intussen gewijzigd (nu versie ${current}, u werkte op versie ${basedOn}); bekijk ze opnieuw. / ` +
      `The settings have changed meanwhile (now version ${current}, you worked on version ${basedOn}); review them again.`,
    basedOnVersion: basedOn,
    currentVersion: current,
  });
}

export function settingsBreakCases(cases: BrokenCase[]): ConflictException {
  const levels = [...new Set(cases.map((c) => c.level))].join(', ');
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeSettingsErrorCode.SettingsBreakCases,
    message:
      `Een niveau dat vervalt (${levels}) is nog in gebruik bij ${cases.length} zaak/zaken; die zouden niet meer kunnen worden afgerond of herbeoordeeld. / ` +
      `A level being removed (${levels}) is still in use by ${cases.length} case(s), which could no longer be completed or re-assessed.`,
    cases,
  });
}

/** 409 for a new application while the committee's databank is closed, with the committee's own message. */
export function databankClosed(committee: { id: string; name: string }, messageNl: string | null, messageEn: string | null): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeSettingsErrorCode.DatabankClosed,
    message: `${messageNl ?? 'Deze databank neemt nu geen aanmeldingen aan.'} / ${messageEn ?? 'This databank is not taking applications now.'}`,
    committeeId: committee.id,
    committeeName: committee.name,
    closedMessageNl: messageNl,
    closedMessageEn: messageEn,
  });
}

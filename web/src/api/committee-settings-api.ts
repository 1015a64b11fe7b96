import { call, client } from './client';

/** Procedure settings per committee (src/committee-settings/committee-settings.controller.ts). */
export const LEVELS = ['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke'] as const;
export type Level = (typeof LEVELS)[number];

export interface OfferedLevel {
  level: Level;
  labelNl: string;
  labelEn: string;
  validityYears: number;
  panel: PanelRule;
}

/** Who sits on the panel for a level and how its advice counts. */
export interface PanelRule {
  science: number;
  practice: number;
  decision: 'majority' | 'unanimous';
}

export interface ProcedureSettings {
  levels: OfferedLevel[];
  openToApplications: boolean;
  closedMessageNl: string | null;
  closedMessageEn: string | null;
  objectionWindowDays: number;
  conditionsPeriodMonths: number;
  feasibilityVerdict: boolean;
}

export interface SettingChange {
  setting: string;
  from: unknown;
  to: unknown;
}

export interface CommitteeSettingsView {
  committeeId: string;
  committeeName: string;
  databank: string;
  version: number;
  settings: ProcedureSettings;
  officialLevelCodes: Record<Level, string>;
  limits: Record<'validityYears' | 'objectionWindowDays' | 'conditionsPeriodMonths' | 'panelKind' | 'panelSize', { min: number; max: number }> & Record<'label' | 'closedMessage', { max: number }>;
  versions: { version: number; createdAt: string; createdBy: { id: string; name: string } | null; changes: SettingChange[]; runningCases: number }[];
}

export interface BrokenCase {
  id: string;
  reference: string;
  name: string;
  level: Level;
  uses: 'targets' | 'holds';
}

export interface CommitteeSettingsPreview {
  currentVersion: number;
  basedOnVersion: number;
  stale: boolean;
  nextVersion: number;
  changes: SettingChange[];
  unaffected: { total: number; cases: { id: string; reference: string; name: string; state: string; settingsVersion: number }[] };
  brokenCases: BrokenCase[];
}

/** A committee as an owner chooses it in the intake: open or closed (with its message), and the levels it offers. */
export interface CommitteeProcedure {
  id: string;
  name: string;
  databank: string;
  settingsVersion: number;
  openToApplications: boolean;
  closedMessageNl: string | null;
  closedMessageEn: string | null;
  levels: (OfferedLevel & { code: string })[];
}

/** What the admin typed: numbers go as numbers when they are whole numbers, else as typed, for the API to refuse. */
export type ProcedureSettingsInput = Record<string, unknown>;

const path = (id: string) => ({ params: { path: { id } } });

export const committeeSettingsApi = {
  get: (committeeId: string) => call<CommitteeSettingsView>(client.GET('/committees/{id}/settings', path(committeeId))),
  // What the admin typed goes as it is (a number field may hold text); the API refuses what is wrong.
  preview: (committeeId: string, basedOnVersion: number, settings: ProcedureSettingsInput) =>
    call<CommitteeSettingsPreview>(client.POST('/committees/{id}/settings/preview', { ...path(committeeId), body: { basedOnVersion, settings } as never })),
  save: (committeeId: string, basedOnVersion: number, settings: ProcedureSettingsInput) =>
    call<CommitteeSettingsView>(client.PUT('/committees/{id}/settings', { ...path(committeeId), body: { basedOnVersion, settings } as never })),
  procedures: () => call<CommitteeProcedure[]>(client.GET('/procedures')),
};

import { call, client } from './client';
import type { components } from './schema';
import { LEVEL_CODES, type LevelCode } from './types';

/** Procedure settings per committee (src/committee-settings/committee-settings.view.ts). */
type Schemas = components['schemas'];

export type Level = LevelCode;
/** The levels in ladder order, as the settings form lists them. */
export const LEVELS = LEVEL_CODES;
/** Who sits on the panel for a level and how its advice counts. */
export type PanelRule = Schemas['PanelRuleView'];

export type OfferedLevel = Schemas['OfferedLevelView'];
export type ProcedureSettings = Schemas['ProcedureSettingsView'];
export type SettingChange = Schemas['SettingChangeView'];
export type CommitteeSettingsView = Schemas['CommitteeSettingsView'];
export type BrokenCase = Schemas['BrokenCaseView'];
export type CommitteeSettingsPreview = Schemas['CommitteeSettingsPreview'];
/** A committee as an owner chooses it in the intake: open or closed (with its message), and the levels it offers. */
export type CommitteeProcedure = Schemas['CommitteeProcedureView'];

/** What the admin typed: numbers go as numbers when they are whole numbers, else as typed, for the API to refuse. */
export type ProcedureSettingsInput = Record<string, unknown>;

const path = (id: string) => ({ params: { path: { id } } });

export const committeeSettingsApi = {
  get: (committeeId: string) => call(client.GET('/committees/{id}/settings', path(committeeId))),
  // What the admin typed goes as it is (a number field may hold text); the API refuses what is wrong.
  preview: (committeeId: string, basedOnVersion: number, settings: ProcedureSettingsInput) =>
    call(client.POST('/committees/{id}/settings/preview', { ...path(committeeId), body: { basedOnVersion, settings } as never })),
  save: (committeeId: string, basedOnVersion: number, settings: ProcedureSettingsInput) =>
    call(client.PUT('/committees/{id}/settings', { ...path(committeeId), body: { basedOnVersion, settings } as never })),
  procedures: () => call(client.GET('/procedures')),
};

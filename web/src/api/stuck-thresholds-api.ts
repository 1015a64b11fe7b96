import { call, client } from './client';

/** The admin's stuck thresholds (src/stuck-thresholds/stuck-thresholds.controller.ts, StuckThresholdsAdmin). */
export const STUCK_PHASES = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'] as const;
export type StuckPhase = (typeof STUCK_PHASES)[number];

export interface StuckThresholdsView {
  min: number;
  max: number;
  thresholds: { phase: StuckPhase; workingDays: number; defaultWorkingDays: number }[];
  changes: { phase: StuckPhase; fromWorkingDays: number; toWorkingDays: number; changedBy: { id: string; name: string }; changedAt: string }[];
}

export interface StuckThresholdsPreview {
  stuckNow: number;
  stuckAfter: number;
  becomeStuck: number;
  stopBeingStuck: number;
}

/** What the admin typed per phase; the API checks it (a value that is no whole number goes as typed and is refused there). */
export type StuckThresholdsInput = Record<StuckPhase, number | string>;

export const stuckThresholdsApi = {
  get: () => call<StuckThresholdsView>(client.GET('/admin/stuck-thresholds')),
  preview: (thresholds: StuckThresholdsInput) =>
    call<StuckThresholdsPreview>(client.POST('/admin/stuck-thresholds/preview', { body: { thresholds } as never })),
  save: (thresholds: StuckThresholdsInput) => call<StuckThresholdsView>(client.PUT('/admin/stuck-thresholds', { body: { thresholds } as never })),
};

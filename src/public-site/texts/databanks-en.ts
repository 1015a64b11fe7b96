import type { DatabanksTexts } from './databanks-nl.js';

export const databanksEn: DatabanksTexts = {
  databank: 'Databank',
  anyDatabank: 'All databanks',
  databankHint: 'The national search covers every partner databank.',
  scopeIntro: (name: string) => `Search ${name}. You do not need to sign in.`,
  scopeDescription: (name: string) => `Recognised interventions in ${name}: search by subject, theme, level and target group.`,
  nationalLink: 'Search all databanks',
  partnerLinks: 'The partners\u2019 databanks',
  inDatabank: 'In databank',
  verdictsTitle: 'Interventions not recognised',
  verdictsIntro: (name: string) =>
    `${name} also publishes which interventions the recognition committee did not recognise, with the reason. A verdict appears here once it is final (after the objection period).`,
  verdictsNone: 'No \u2018not recognised\u2019 verdicts have been published yet.',
  verdict: 'Verdict',
  notRecognised: 'Not recognised',
  reason: 'Reason',
  decided: 'Date of decision',
  organisation: 'Organisation',
};

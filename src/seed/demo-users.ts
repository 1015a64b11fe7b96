import type { Role } from '../users/role.js';

/** Documented in the README. For demonstration databases only; DEMO_SEED is off in production. */
export const DEMO_PASSWORD = 'Erkenning-demo-2026';

/**
 * The authenticator secret of every demo account whose role needs two-step sign-in (all but the
 * owner's). Documented in the README so a demonstration can add it to an authenticator app.
 */
export const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

export interface DemoUser {
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
}

/** One account per role, plus enough reviewers to compose any panel (3 practice, 2 science). */
export const DEMO_USERS: DemoUser[] = [
  { email: 'eigenaar@demo.nl', name: 'Esra Eigenaar', organisation: 'Stichting Samen Sterk', roles: ['owner'] },
  { email: 'begeleider@demo.nl', name: 'Bram Begeleider', organisation: 'Movisie', roles: ['coach'] },
  { email: 'secretaris@demo.nl', name: 'Sanne Secretaris', organisation: 'Movisie', roles: ['secretary'] },
  { email: 'beoordelaar@demo.nl', name: 'Ruben Beoordelaar', organisation: 'Hogeschool Utrecht', roles: ['reviewer'] },
  { email: 'beoordelaar2@demo.nl', name: 'Priya Praktijk', organisation: 'Welzijn Oost', roles: ['reviewer'] },
  { email: 'beoordelaar3@demo.nl', name: 'Pieter Praktijk', organisation: 'Buurtwerk Noord', roles: ['reviewer'] },
  { email: 'wetenschapper@demo.nl', name: 'Wendy Wetenschap', organisation: 'Universiteit van Amsterdam', roles: ['reviewer', 'committee_member'] },
  { email: 'wetenschapper2@demo.nl', name: 'Willem Wetenschap', organisation: 'Radboud Universiteit', roles: ['reviewer'] },
  { email: 'voorzitter@demo.nl', name: 'Vera Voorzitter', organisation: 'Erkenningscommissie', roles: ['chair'] },
  { email: 'commissielid@demo.nl', name: 'Cor Commissielid', organisation: 'Erkenningscommissie', roles: ['committee_member'] },
  { email: 'beheerder@demo.nl', name: 'Bea Beheerder', organisation: 'Movisie', roles: ['admin'] },
];

/** Reviewer profiles of the demo reviewers: kind and expertise themes. */
export const DEMO_REVIEWER_PROFILES: Record<string, { kind: 'practice' | 'science'; themes: string[] }> = {
  'beoordelaar@demo.nl': { kind: 'practice', themes: ['eenzaamheid', 'ouderen'] },
  'beoordelaar2@demo.nl': { kind: 'practice', themes: ['armoede', 'schulden'] },
  'beoordelaar3@demo.nl': { kind: 'practice', themes: ['wijkontwikkeling', 'vrijwillige-inzet'] },
  'wetenschapper@demo.nl': { kind: 'science', themes: ['eenzaamheid', 'maatschappelijke-participatie'] },
  'wetenschapper2@demo.nl': { kind: 'science', themes: ['huiselijk-en-seksueel-geweld', 'hulpverlening'] },
};

export const DEMO_COMMITTEE = {
  name: 'Maatschappelijke ondersteuning, participatie en veiligheid',
  databank: 'Databank Effectieve sociale interventies',
  chairEmail: 'voorzitter@demo.nl',
  memberEmails: ['commissielid@demo.nl', 'wetenschapper@demo.nl'],
};

/**
 * A second committee with a procedure of its own, as RIVM/Centrum Gezond Leven publishes it:
 * Goed beschreven is valid three years (the levels above five) and an objection is possible
 * within four weeks. Seeded after Movisie's, which stays the default for applications.
 */
export const DEMO_SECOND_COMMITTEE = {
  name: 'Gezondheidsbevordering en preventie',
  databank: 'Interventiedatabank Gezond Leven',
  chairEmail: 'voorzitter@demo.nl',
  memberEmails: ['wetenschapper@demo.nl'],
  goedBeschrevenValidityYears: 3,
  objectionWindowDays: 28,
  /** Unlike Movisie's, this databank shows a final niet-erkend verdict with its reason (as NJi does). */
  publishNegativeVerdicts: true,
  reassessmentNoticeMonths: 9,
};

import type { Role } from '../users/role.js';

/** Documented in the README. For demonstration databases only; DEMO_SEED is off in production. */
export const DEMO_PASSWORD = 'Erkenning-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'eigenaar@demo.nl', name: 'Esra Eigenaar', organisation: 'Stichting Samen Sterk', roles: ['owner'] },
  { email: 'begeleider@demo.nl', name: 'Bram Begeleider', organisation: 'Movisie', roles: ['coach'] },
  { email: 'secretaris@demo.nl', name: 'Sanne Secretaris', organisation: 'Movisie', roles: ['secretary'] },
  { email: 'beoordelaar@demo.nl', name: 'Ruben Beoordelaar', organisation: 'Hogeschool Utrecht', roles: ['reviewer'] },
  { email: 'voorzitter@demo.nl', name: 'Vera Voorzitter', organisation: 'Erkenningscommissie', roles: ['chair'] },
  { email: 'commissielid@demo.nl', name: 'Cor Commissielid', organisation: 'Erkenningscommissie', roles: ['committee_member'] },
  { email: 'beheerder@demo.nl', name: 'Bea Beheerder', organisation: 'Movisie', roles: ['admin'] },
];

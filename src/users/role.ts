export const ROLES = ['owner', 'coach', 'secretary', 'reviewer', 'chair', 'committee_member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an admin hands out; owners register themselves. */
export const STAFF_ROLES: readonly Role[] = ['coach', 'secretary', 'reviewer', 'chair', 'committee_member', 'admin'];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  owner: { nl: 'Interventie-eigenaar', en: 'Intervention owner' },
  coach: { nl: 'Begeleider', en: 'Coach' },
  secretary: { nl: 'Secretaris', en: 'Secretary' },
  reviewer: { nl: 'Beoordelaar', en: 'Reviewer' },
  chair: { nl: 'Voorzitter erkenningscommissie', en: 'Committee chair' },
  committee_member: { nl: 'Commissielid', en: 'Committee member' },
  admin: { nl: 'Beheerder', en: 'Administrator' },
};

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

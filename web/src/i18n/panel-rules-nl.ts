/** Panel rules per level and the feasibility verdict (docs/decisions/0034): the admin's settings, the review form, the decision and the dossier. */
export const panelRulesNl = {
  // Admin: committee settings
  panelLegend: 'Beoordelingspanel',
  panelHint: (min: number, max: number) => `Samen ${min} tot en met ${max} beoordelaars.`,
  science: 'Wetenschappelijke beoordelaars',
  practice: 'Praktijkbeoordelaars',
  decision: 'Het advies van het panel vraagt',
  decisions: { majority: 'een meerderheid', unanimous: 'unanimiteit' } as Record<string, string>,
  panelValue: (science: number, practice: number, decision: string) => `panel ${science} wetenschap + ${practice} praktijk, ${decision}`,
  feasibilityTitle: 'Uitvoerbaarheid',
  feasibilitySetting: 'Geven beoordelaars en commissie een apart oordeel over de uitvoerbaarheid?',
  feasibilitySettingHint: 'Zoals in de procedure van het RIVM: uitvoerbaar, uitvoerbaar onder voorwaarden of niet uitvoerbaar, met een toelichting.',
  feasibilitySettingName: 'Oordeel over uitvoerbaarheid',
  // Review form, decision form, dossier
  feasibility: 'Oordeel over de uitvoerbaarheid',
  feasibilityHint: 'Een oordeel los van het niveau: kan de interventie in de praktijk worden uitgevoerd zoals beschreven?',
  feasibilityExplanation: 'Toelichting op de uitvoerbaarheid',
  verdicts: { feasible: 'Uitvoerbaar', feasible_with_conditions: 'Uitvoerbaar onder voorwaarden', not_feasible: 'Niet uitvoerbaar' } as Record<string, string>,
  required: 'Deze commissie geeft een oordeel over de uitvoerbaarheid; kies het oordeel en licht het toe.',
};

export type PanelRulesMessages = typeof panelRulesNl;

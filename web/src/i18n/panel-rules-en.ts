import type { PanelRulesMessages } from './panel-rules-nl';

export const panelRulesEn: PanelRulesMessages = {
  panelLegend: 'Review panel',
  panelHint: (min: number, max: number) => `${min} to ${max} reviewers together.`,
  science: 'Science reviewers',
  practice: 'Practice reviewers',
  decision: "The panel's advice needs",
  decisions: { majority: 'a majority', unanimous: 'unanimity' },
  panelValue: (science: number, practice: number, decision: string) => `panel ${science} science + ${practice} practice, ${decision}`,
  feasibilityTitle: 'Feasibility',
  feasibilitySetting: 'Do reviewers and the committee give a separate feasibility verdict?',
  feasibilitySettingHint: "As in RIVM's procedure: feasible, feasible under conditions or not feasible, with an explanation.",
  feasibilitySettingName: 'Feasibility verdict',
  feasibility: 'Feasibility verdict',
  feasibilityHint: 'A verdict apart from the level: can the intervention be carried out in practice as described?',
  feasibilityExplanation: 'Explanation of the feasibility verdict',
  verdicts: { feasible: 'Feasible', feasible_with_conditions: 'Feasible under conditions', not_feasible: 'Not feasible' },
  required: 'This committee gives a feasibility verdict; choose the verdict and explain it.',
};

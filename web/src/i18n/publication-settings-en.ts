import type { PublicationSettingsMessages } from './publication-settings-nl';

export const publicationSettingsEn: PublicationSettingsMessages = {
  title: 'Databank and re-assessment',
  publishNegativeVerdicts: 'Does the databank publish \u2018not recognised\u2019 verdicts?',
  publishNegativeVerdictsHint:
    'Yes: once the decision is final (after the objection period or the decision on an objection) the databank shows the intervention\u2019s name, the organisation, the verdict, the reason and the date. Never reviews or reviewers\u2019 names. The decision letter tells the applicant.',
  reassessmentNoticeMonths: 'Re-assessment notice, months ahead',
  reassessmentNoticeMonthsHint: 'This many months before the recognition ends, the owner and the secretariat hear that re-assessment is due.',
  settingNames: {
    publishNegativeVerdicts: '\u2018Not recognised\u2019 verdicts published',
    reassessmentNoticeMonths: 'Re-assessment notice (months ahead)',
  } as Record<string, string>,
};

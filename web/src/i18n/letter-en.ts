import type { letterNl } from './letter-nl';

export const letterEn: typeof letterNl = {
  confirmRecordTitle: 'Record the decision?',
  confirmRecordIntro: (verdict: string) => `You are recording this decision: ${verdict}.`,
  confirmRecordNext: [
    'The decision letter then goes to the secretariat as a draft. The secretariat reads the letter and sends it.',
    'The applicant hears nothing yet: only when the secretariat sends the letter are the applicant, the coach and the reviewers told.',
    'A recorded decision cannot be changed.',
  ],
  confirmRecord: 'Yes, record the decision',
  cancel: 'Back',
  draftTitle: 'Decision letter (draft)',
  draftIntroChair: 'The decision has been recorded. The secretariat reads the decision letter and sends it; only then does the applicant hear of the decision.',
  draftIntroSecretary: 'The chair has recorded the decision. Read the decision letter and send it; only then does the applicant hear of the decision.',
  openDraft: 'View the draft letter (PDF, opens in a new tab)',
  coveringMessage: 'Covering message to the applicant (optional)',
  coveringMessageHint: (max: number) => `Appears above the decision in the e-mail to the applicant. At most ${max} characters.`,
  send: 'Send the decision letter',
  confirmSendTitle: 'Send the decision letter?',
  confirmSendTo: 'The decision letter goes to:',
  confirmSendInformed: (who: string) => `${who.charAt(0).toUpperCase()}${who.slice(1)} are told as well.`,
  confirmSendDeadlines: 'From the sending, the six-week objection period and, for a conditional recognition, the period for the conditions run. Sending cannot be undone.',
  confirmSendWithMessage: 'With your covering message.',
  confirmSend: 'Yes, send now',
  sent: 'The decision letter has been sent. The applicant, the chair, the coach and the reviewers are told.',
  informedRoles: {
    chairs: 'the chair',
    coach: 'the coach',
    reviewers: 'the reviewers',
    secretaries: 'the other secretaries',
  },
  and: 'and',
};

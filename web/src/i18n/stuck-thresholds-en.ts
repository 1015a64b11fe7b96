import type { StuckThresholdsMessages } from './stuck-thresholds-nl';

export const stuckThresholdsEn: StuckThresholdsMessages = {
  section: {
    title: 'Stuck cases',
    text: 'After how many working days without a step a case counts as stuck, per phase, on the board, in the lists and in the weekly digest.',
  },
  title: 'Stuck cases',
  intro:
    'A case counts as stuck when no step has been taken in it for longer than the number of working days below. Weekends and public holidays do not count. The board, the lists, the "stuck" filter and the secretariat’s weekly digest use these values. A draft, a published or closed case and a case in which nobody has the turn never get stuck.',
  formTitle: 'Working days per phase',
  workingDays: (phase: string) => `${phase}: working days`,
  range: (min: number, max: number) => `A whole number from ${min} to ${max}.`,
  defaultValue: (days: number) => `Default: ${days} working days.`,
  explanations: {
    intake: 'From submission to the admission decision: the secretariat reviews the application or waits for the owner’s answer.',
    beschrijven: 'The owner writes the description and uploads the documents; the coach gives feedback.',
    beoordelen: 'The secretariat composes the panel and the reviewers write their reviews.',
    commissie: 'The case waits for a meeting, is on the agenda, the decision waits for its letter to be sent, or an objection is under way.',
    besluit: 'After the decision: publishing, or the owner works on conditions or questions.',
  },
  check: 'Review changes',
  confirmTitle: 'Save the new thresholds?',
  confirmCounts: (become: number, stop: number) =>
    `With these values ${become === 1 ? '1 case becomes' : `${become} cases become`} stuck and ${stop === 1 ? '1 case is' : `${stop} cases are`} no longer stuck.`,
  confirmTotals: (now: number, after: number) => `${now === 1 ? '1 case is' : `${now} cases are`} stuck now, ${after} afterwards.`,
  confirmWho: 'The marks on the board and in the lists change at once; the next weekly digest uses the new values. Nobody is sent a message about it.',
  confirm: 'Save',
  cancel: 'Cancel',
  saved: 'The thresholds have been saved. The board and the lists use them now.',
  historyTitle: 'Latest changes',
  noHistory: 'The thresholds have not been changed yet.',
  change: (phase: string, from: number, to: number) => `${phase}: from ${from} to ${to} working days`,
  changedBy: (name: string, when: string) => `by ${name}, ${when}`,
};

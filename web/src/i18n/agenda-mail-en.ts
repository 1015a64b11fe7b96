import type { agendaMailNl } from './agenda-mail-nl';

export const agendaMailEn: typeof agendaMailNl = {
  lastSent: (at: string) => `Last sent on ${at}.`,
  preview: 'View the mail',
  previewTitle: 'The agenda mail as it will go',
  previewIntro: (count: number) =>
    `Check the mail. It goes to ${count === 1 ? '1 person' : `${count} people`} of the committee, each in their own language. Nothing has been sent yet.`,
  recipientsTitle: 'Recipients',
  languageTitle: (language: string) => `In ${language}`,
  languages: { nl: 'Dutch', en: 'English' },
  send: 'Send the agenda and dossiers',
  cancel: 'Cancel',
  confirmTitle: 'Send the agenda and dossiers now?',
  confirmWho: (names: string) => `The mail goes to: ${names}.`,
  confirmWhat: (count: number) =>
    `They receive the agenda with a link to each dossier. The agenda deadline of ${count === 1 ? '1 application' : `${count} applications`} is completed and its reminders are dropped. A mail that has been sent cannot be recalled.`,
  confirmButton: 'Yes, send now',
  sent: (count: number) => `The agenda and dossiers have been sent to ${count === 1 ? '1 person' : `${count} people`}.`,
  historyEvent: 'Agenda and dossiers sent',
  history: (committee: string, date: string, names: string) => `Agenda of the ${committee} of ${date} to ${names}.`,
};

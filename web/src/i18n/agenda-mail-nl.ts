/** The meeting page's agenda mail: preview, confirmation, sending, and its line in a case's history. */
export const agendaMailNl = {
  lastSent: (at: string) => `Laatst verstuurd op ${at}.`,
  preview: 'Mail bekijken',
  previewTitle: 'Zo gaat de agendamail eruit',
  previewIntro: (count: number) =>
    `Controleer de mail. Hij gaat naar ${count === 1 ? '1 persoon' : `${count} personen`} van de commissie, ieder in de eigen taal. Er is nog niets verstuurd.`,
  recipientsTitle: 'Ontvangers',
  languageTitle: (language: string) => `In het ${language}`,
  languages: { nl: 'Nederlands', en: 'Engels' } as Record<string, string>,
  send: 'Agenda en dossiers versturen',
  cancel: 'Annuleren',
  confirmTitle: 'Agenda en dossiers nu versturen?',
  confirmWho: (names: string) => `De mail gaat naar: ${names}.`,
  confirmWhat: (count: number) =>
    `Zij krijgen de agenda met een link naar elk dossier. De agendatermijn van ${count === 1 ? '1 aanmelding' : `${count} aanmeldingen`} wordt afgerond en de herinneringen vervallen. Een verstuurde mail kan niet worden teruggehaald.`,
  confirmButton: 'Ja, nu versturen',
  sent: (count: number) => `De agenda en dossiers zijn verstuurd aan ${count === 1 ? '1 persoon' : `${count} personen`}.`,
  historyEvent: 'Agenda en dossiers verstuurd',
  history: (committee: string, date: string, names: string) => `Agenda van de ${committee} van ${date} aan ${names}.`,
};

/** The admin screen for the public website's statements (toegankelijkheid, privacy). */
export const statementsNl = {
  section: { title: 'Verklaringen op de website', text: 'De toegankelijkheidsverklaring en de privacyverklaring van de openbare databank, met het contactadres.' },
  title: 'Verklaringen op de website',
  intro:
    'Deze teksten staan op de openbare website en zijn via de voettekst van elke pagina te vinden. Schrijf platte tekst: een regel die begint met "## " wordt een kop, een regel die begint met "- " een opsommingsteken, een lege regel begint een nieuwe alinea.',
  kinds: { accessibility: 'Toegankelijkheidsverklaring', privacy: 'Privacyverklaring' },
  bodyNl: 'Tekst in het Nederlands',
  bodyEn: 'Tekst in het Engels',
  bodyHint: 'Minstens 50 en hoogstens 20.000 tekens.',
  contactEmail: 'Contactadres (e-mail)',
  contactEmailHint: 'Lezers sturen hier vragen, meldingen en verzoeken heen. Het adres van de toegankelijkheidsverklaring staat ook in de voettekst.',
  save: (kind: string) => `${kind} opslaan`,
  saved: (kind: string) => `${kind} is opgeslagen en staat nu op de website.`,
  view: (kind: string) => `${kind} op de website bekijken`,
  updated: 'Laatst gewijzigd',
  neverUpdated: 'Nog de oorspronkelijke tekst',
};

export type StatementsMessages = typeof statementsNl;

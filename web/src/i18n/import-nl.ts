/** The admin screen of the import of the previous databank (/beheer/import). */
export const importNl = {
  section: {
    title: 'Importeren uit de vorige databank',
    text: 'Gepubliceerde interventies en lopende aanmeldingen uit een CSV-export overnemen, eerst als proefimport.',
  },
  title: 'Importeren uit de vorige databank',
  intro:
    'Kies wat u importeert, voor welke commissie, en het CSV-bestand. Eerst controleert de proefimport elke rij zonder iets op te slaan; daarna importeert u het hele bestand in één keer. Hetzelfde bestand nog eens importeren verandert niets; een gewijzigde rij werkt bij wat zij eerder heeft aangemaakt. De kolommen staan beschreven in de README, met voorbeeldbestanden in docs/import/.',
  kind: 'Wat importeert u?',
  kinds: {
    listings: 'Gepubliceerde interventies (vermeldingen in de databank)',
    cases: 'Lopende aanmeldingen',
  },
  committee: 'Commissie',
  chooseCommittee: 'Kies een commissie',
  file: 'CSV-bestand',
  fileHint: 'UTF-8, met puntkomma’s of komma’s gescheiden; de eerste regel noemt de kolommen.',
  fileMissing: 'Kies een CSV-bestand.',
  kindMissing: 'Kies wat u importeert.',
  committeeMissing: 'Kies een commissie.',
  check: 'Controleren (proefimport)',
  reportTitle: 'Uitkomst van de proefimport',
  doneTitle: 'Uitkomst van de import',
  counts: (c: { rows: number; create: number; update: number; unchanged: number; invalid: number }) =>
    `${c.rows} rijen: ${c.create} nieuw, ${c.update} bijgewerkt, ${c.unchanged} ongewijzigd, ${c.invalid} met problemen.`,
  valid: 'Het bestand heeft geen problemen en kan worden geïmporteerd.',
  nothingToDo: 'Alle rijen zijn al zo geïmporteerd; er verandert niets.',
  invalid: (n: number) => (n === 1 ? 'Het bestand heeft 1 probleem. Verbeter het en controleer het opnieuw; er is niets opgeslagen.' : `Het bestand heeft ${n} problemen. Verbeter ze en controleer het bestand opnieuw; er is niets opgeslagen.`),
  problemsCaption: 'Problemen per rij',
  columns: { row: 'Rij', column: 'Kolom', problem: 'Probleem' },
  wholeFile: 'hele bestand',
  rowsCaption: 'Wat er met elke rij gebeurt',
  rowColumns: { row: 'Rij', key: 'Sleutel (slug of kenmerk)', action: 'Actie' },
  actions: { create: 'nieuw', update: 'bijwerken', unchanged: 'ongewijzigd', invalid: 'probleem' },
  import: 'Importeren',
  confirmTitle: 'Bestand importeren?',
  confirmListings: (create: number, update: number, committee: string) =>
    `${create} interventies worden gepubliceerd in de openbare databank van ${committee} en ${update} bestaande geïmporteerde vermeldingen worden bijgewerkt. Ze zijn meteen vindbaar in de zoekfunctie, de open data en de feed.`,
  confirmCases: (create: number, update: number, committee: string) =>
    `${create} lopende aanmeldingen worden aangemaakt voor ${committee} en ${update} eerder geïmporteerde bijgewerkt, elk in de fase uit het bestand. Het secretariaat ziet ze meteen in de lijsten.`,
  confirmWho:
    'Niemand krijgt hierover een e-mail. Een eigenaar met een account wordt meteen eigenaar; een eigenaar zonder account krijgt een uitnodiging en wordt eigenaar zodra hij zich registreert met hetzelfde e-mailadres en dezelfde organisatie. De geschiedenis van elke aanmelding meldt "geïmporteerd".',
  confirm: 'Ja, importeren',
  cancel: 'Annuleren',
  imported: (c: { create: number; update: number; unchanged: number }) => `Geïmporteerd: ${c.create} nieuw, ${c.update} bijgewerkt, ${c.unchanged} ongewijzigd.`,
};

export type ImportMessages = typeof importNl;

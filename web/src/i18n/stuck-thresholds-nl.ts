/** The admin screen of the per-phase stuck thresholds (/beheer/vastgelopen). */
export const stuckThresholdsNl = {
  section: {
    title: 'Vastgelopen zaken',
    text: 'Na hoeveel werkdagen zonder stap een zaak per fase als vastgelopen geldt, op het bord, in de lijsten en in het weekoverzicht.',
  },
  title: 'Vastgelopen zaken',
  intro:
    'Een zaak geldt als vastgelopen als er langer dan het aantal werkdagen hieronder geen stap in is gezet. Weekenden en feestdagen tellen niet mee. Het bord, de lijsten, het filter "vastgelopen" en het weekoverzicht voor het secretariaat gebruiken deze waarden. Een concept, een gepubliceerde of afgesloten zaak en een zaak waarin niemand aan de beurt is, loopt nooit vast.',
  formTitle: 'Aantal werkdagen per fase',
  workingDays: (phase: string) => `${phase}: werkdagen`,
  range: (min: number, max: number) => `Een heel getal van ${min} tot en met ${max}.`,
  defaultValue: (days: number) => `Standaard: ${days} werkdagen.`,
  explanations: {
    intake: 'Van indienen tot de beslissing over toelating: het secretariaat bekijkt de aanmelding of wacht op het antwoord van de indiener.',
    beschrijven: 'De indiener schrijft het werkblad en levert de documenten aan; de begeleider geeft feedback.',
    beoordelen: 'Het secretariaat stelt het panel samen en de beoordelaars schrijven hun beoordeling.',
    commissie: 'De zaak wacht op een vergadering, staat op de agenda, het besluit wacht op verzending van de brief, of er loopt een bezwaar.',
    besluit: 'Na het besluit: publiceren, of de indiener werkt voorwaarden of vragen uit.',
  },
  check: 'Wijzigingen bekijken',
  confirmTitle: 'Nieuwe termijnen opslaan?',
  confirmCounts: (become: number, stop: number) =>
    `Met deze waarden ${become === 1 ? 'raakt 1 zaak' : `raken ${become} zaken`} vastgelopen en ${stop === 1 ? 'is 1 zaak' : `zijn ${stop} zaken`} niet meer vastgelopen.`,
  confirmTotals: (now: number, after: number) => `Nu ${now === 1 ? 'is 1 zaak' : `zijn ${now} zaken`} vastgelopen, daarna ${after}.`,
  confirmWho: 'De markeringen op het bord en in de lijsten veranderen direct; het volgende weekoverzicht gebruikt de nieuwe waarden. Niemand krijgt hierover een bericht.',
  confirm: 'Opslaan',
  cancel: 'Annuleren',
  saved: 'De termijnen zijn opgeslagen. Het bord en de lijsten gebruiken ze nu.',
  historyTitle: 'Laatste wijzigingen',
  noHistory: 'De termijnen zijn nog niet gewijzigd.',
  change: (phase: string, from: number, to: number) => `${phase}: van ${from} naar ${to} werkdagen`,
  changedBy: (name: string, when: string) => `door ${name}, ${when}`,
};

export type StuckThresholdsMessages = typeof stuckThresholdsNl;

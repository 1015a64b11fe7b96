/** The texts of the owner's and coach's helpers (readiness, confirmations, publish preview, wizard, werkblad contents), Dutch; owner-en.ts has the same keys. */
export const ownerNl = {
  readiness: {
    title: 'Wat is nog nodig?',
    nextStep: (step: string) => `Voor de volgende stap: ${step}`,
    complete: 'Alles is compleet voor deze stap.',
    refused: (items: string) => `Deze stap kan nog niet. Nog nodig: ${items}`,
    steps: {
      SUBMIT: 'de aanmelding indienen',
      PROVIDE_INFORMATION: 'de vraag beantwoorden en opnieuw indienen',
      SUBMIT_FOR_ASSESSMENT: 'indienen voor beoordeling',
    } as Record<string, string>,
    items: {
      intake_field_missing: (field: string) => `nog niet ingevuld: ${field}`,
      werkblad_not_ready: 'werkblad nog niet gereed gemeld door de begeleider',
      werkblad_feedback_requested: 'werkblad nog niet gereed gemeld door de begeleider (de feedback is gevraagd)',
      handbook_missing: 'handboek ontbreekt',
      process_evaluation_missing: 'procesevaluatie ontbreekt',
      effect_study_missing: (level: string) => `effectstudie ontbreekt voor doelniveau ${level}`,
    },
  },
  confirm: {
    cancel: 'Annuleren',
    markReadyTitle: 'Werkblad gereed voor beoordeling melden?',
    markReadyText:
      'Het werkblad wordt vastgelegd zoals het nu is en de indiener kan het daarna niet meer bewerken. De indiener krijgt hiervan bericht en kan de beschrijving indienen voor beoordeling zodra de documenten compleet zijn.',
    markReadyConfirm: 'Ja, gereed voor beoordeling',
    publishTitle: 'Publiceren in de databank?',
    publishText:
      'De vermelding hieronder komt openbaar in de Databank Effectieve sociale interventies, voor iedereen zonder inloggen te vinden. De eigenaar krijgt hiervan bericht. Publiceren kan niet ongedaan worden gemaakt; de tekst kunt u later bijwerken.',
    publishConfirm: 'Ja, publiceren',
    publishReview: 'Voorbeeld bekijken en publiceren',
    previewTitle: 'Voorbeeld van de openbare vermelding',
    previewUrl: (url: string) => `Adres na publicatie: ${url}`,
    previewFrame: (title: string) => `Openbare pagina van ${title}, zoals die na publicatie verschijnt`,
  },
  formatting: {
    toolbar: (section: string) => `Opmaak van ${section}`,
    heading: 'Tussenkop',
    list: 'Opsomming',
    hint: 'Of typ ## aan het begin van een regel voor een tussenkop, - voor een opsomming.',
  },
  werkbladContents: {
    title: 'Inhoud van het werkblad',
    empty: 'leeg',
    words: (n: number) => (n === 1 ? '1 woord' : `${n} woorden`),
    openComments: (n: number) => (n === 1 ? '1 open opmerking' : `${n} open opmerkingen`),
  },
};

/** The insight page's backlog, reviewers, coaches and committee sections and the figures' freshness (web/src/pages/InsightWorkloadSections.tsx). */
export const insightWorkloadNl = {
  refreshedAt: (at: string) => `Doorlooptijden, instroom en werkvoorraad bijgewerkt om ${at}; ze worden elk uur en kort na elke stap in een aanvraag opnieuw berekend.`,
  annualOverview: (year: string) => `Jaaroverzicht ${year} downloaden als PDF`,
  notRefreshed: 'Doorlooptijden, instroom en werkvoorraad zijn nog niet berekend; dat gebeurt binnen een uur.',
  backlog: {
    heading: 'Werkvoorraad per fase',
    summary: (month: string, total: number) => `Aan het eind van ${month} ${total === 1 ? 'liep 1 aanvraag' : `liepen ${total} aanvragen`} in een fase van intake tot besluit.`,
    summaryNone: 'In deze periode liep geen aanvraag in een fase van intake tot besluit.',
    caption: 'Aantal aanvragen per fase aan het eind van elke maand (de lopende maand: nu)',
    month: 'Maand',
    total: 'Totaal',
    csvName: 'Werkvoorraad',
  },
  reviewers: {
    heading: 'Beoordelaars',
    summary: (invited: number, accepted: number, median: string) =>
      `In deze periode ${invited === 1 ? 'ging 1 uitnodiging' : `gingen ${invited} uitnodigingen`} uit, waarvan ${accepted} aanvaard; de helft werd binnen ${median} werkdagen beantwoord.`,
    summaryNone: 'In deze periode gingen geen uitnodigingen uit en liep geen beoordelingstermijn af.',
    caption: 'Per beoordelaar: uitnodigingen uit de periode, beoordelingen die in de periode af moesten, en wat nu te schrijven is',
    reviewer: 'Beoordelaar',
    invited: 'Uitgenodigd',
    accepted: 'Aanvaard',
    declined: 'Afgewezen',
    expired: 'Verlopen',
    pending: 'Openstaand',
    medianResponse: 'Mediaan antwoordtijd (werkdagen)',
    onTime: 'Beoordelingen op tijd',
    late: 'Te laat',
    missed: 'Gemist',
    open: 'Nu te schrijven',
    total: 'Totaal',
    explanation: 'Afgewezen telt ook een gemeld belangenconflict. Nu te schrijven volgt dezelfde regel als de takenlijst, los van de periode.',
    csvName: 'Beoordelaars',
  },
  coaches: {
    heading: 'Begeleiders',
    summary: (caseload: number, given: number, median: string) =>
      `Begeleiders hebben nu ${caseload} ${caseload === 1 ? 'lopende aanvraag' : 'lopende aanvragen'}; in deze periode gaven ze ${given} keer feedback, de helft binnen ${median} werkdagen na de vraag.`,
    summaryNone: 'Er zijn nu geen lopende aanvragen met een begeleider en in deze periode werd geen feedback gegeven.',
    caption: 'Per begeleider: lopende aanvragen nu, en feedback gegeven in de periode',
    coach: 'Begeleider',
    caseload: 'Lopende aanvragen',
    given: 'Feedback gegeven',
    onTime: 'Op tijd',
    median: 'Mediaan doorlooptijd (werkdagen)',
    total: 'Totaal',
    csvName: 'Begeleiders',
  },
  committee: {
    heading: 'Commissievergaderingen',
    summary: (meetings: number, casesPerMeeting: string, decisionsPerMeeting: string) =>
      `In deze periode ${meetings === 1 ? 'was er 1 vergadering' : `waren er ${meetings} vergaderingen`}, met gemiddeld ${casesPerMeeting} zaken op de agenda en ${decisionsPerMeeting} besluiten.`,
    summaryNone: 'In deze periode vergaderde geen commissie.',
    caption: 'Per vergadering: zaken op de agenda en genomen besluiten',
    meeting: 'Vergadering',
    committee: 'Commissie',
    cases: 'Zaken op de agenda',
    decisions: 'Besluiten',
    csvName: 'Commissievergaderingen',
  },
};

export type InsightWorkloadMessages = typeof insightWorkloadNl;

/** The public side per partner databank and its published niet-erkend verdicts (docs/decisions/0033). */
export const databanksNl = {
  databank: 'Databank',
  anyDatabank: 'Alle databanken',
  databankHint: 'De landelijke zoekfunctie zoekt in alle partnerdatabanken.',
  scopeIntro: (name: string) => `Zoek in ${name}. Hiervoor hoeft u niet in te loggen.`,
  scopeDescription: (name: string) => `Erkende interventies in ${name}: zoek op onderwerp, thema, niveau en doelgroep.`,
  nationalLink: 'Zoeken in alle databanken',
  partnerLinks: 'Databanken van de partners',
  inDatabank: 'In databank',
  verdictsTitle: 'Niet erkende interventies',
  verdictsIntro: (name: string) =>
    `${name} maakt ook bekend welke interventies de erkenningscommissie niet heeft erkend, met de reden. Het oordeel staat hier zodra het vaststaat (na de bezwaartermijn).`,
  verdictsNone: 'Er zijn nog geen oordelen \'niet erkend\' bekendgemaakt.',
  verdict: 'Oordeel',
  notRecognised: 'Niet erkend',
  reason: 'Reden',
  decided: 'Datum besluit',
  organisation: 'Organisatie',
};

export type DatabanksTexts = typeof databanksNl;

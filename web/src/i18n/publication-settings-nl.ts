/** The admin's settings for the public side and the end of a recognition (docs/decisions/0033), on the committee's procedure page. */
export const publicationSettingsNl = {
  title: 'Databank en herbeoordeling',
  publishNegativeVerdicts: 'Maakt de databank oordelen \u2018niet erkend\u2019 openbaar?',
  publishNegativeVerdictsHint:
    'Ja: als het besluit vaststaat (na de bezwaartermijn of na de beslissing op bezwaar) toont de databank de naam van de interventie, de organisatie, het oordeel, de reden en de datum. Beoordelingen en namen van beoordelaars nooit. De besluitbrief zegt het de indiener.',
  reassessmentNoticeMonths: 'Bericht over herbeoordeling, maanden vooraf',
  reassessmentNoticeMonthsHint: 'Zoveel maanden voor het einde van de erkenning horen de eigenaar en het secretariaat dat herbeoordeling nodig is.',
  settingNames: {
    publishNegativeVerdicts: 'Oordelen \u2018niet erkend\u2019 openbaar',
    reassessmentNoticeMonths: 'Bericht over herbeoordeling (maanden vooraf)',
  } as Record<string, string>,
};

export type PublicationSettingsMessages = typeof publicationSettingsNl;

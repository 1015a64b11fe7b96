import type { ErasureRefusalCode, RetentionKind } from '../api/privacy-api';

/** `1 sessie`, `2 sessies`. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The privacy duties: the admin's screen (/beheer/privacy), erasure on a user's page, one's own data on the profile. */
export const privacyNl = {
  section: {
    title: 'Privacy (AVG)',
    text: 'Bewaartermijnen per soort gegevens, wat er bij de volgende opschoning weggaat, het logboek daarvan en het verwerkingsoverzicht.',
  },
  title: 'Privacy (AVG)',
  intro:
    'Elke nacht om 3.00 uur verwijdert of anonimiseert het systeem wat langer bewaard is dan de termijn hieronder. Besluiten en het verloop van de zaak (wie wat besloot) blijven altijd bewaard: dat vragen de publieke taak en de archiefplicht.',
  termsTitle: 'Bewaartermijnen',
  days: (kind: string) => `${kind}: dagen`,
  range: (min: number, max: number) => `Een heel getal van ${min} tot en met ${max}.`,
  defaultValue: (days: number) => `Standaard: ${days} dagen.`,
  kinds: {
    draftApplications: 'Nooit ingediende concepten',
    closedApplications: 'Niet toegelaten en ingetrokken aanmeldingen',
    reviewRemarks: 'Vertrouwelijke opmerkingen en belangenverklaringen',
    notifications: 'Meldingen en e-maillog',
    ownerInvitations: 'Uitnodigingen van mede-eigenaren',
    signInLogs: 'Inloglogboek',
  } satisfies Record<RetentionKind, string>,
  explanations: {
    draftApplications: 'Gerekend vanaf de laatste wijziging. De contactgegevens worden gewist.',
    closedApplications: 'Gerekend vanaf de weigering of intrekking. De contactgegevens worden gewist; de stap en wie hem zette blijven.',
    reviewRemarks: 'In afgeronde zaken, gerekend vanaf de laatste stap. De opmerkingen voor de commissie en de verklaringen worden gewist; de beoordeling zelf blijft bij het besluit.',
    notifications: 'Gerekend vanaf het bericht. Berichten die nog verstuurd moeten worden blijven.',
    ownerInvitations: 'Gerekend vanaf de uitnodiging. Het e-mailadres verdwijnt met de uitnodiging.',
    signInLogs: 'Gerekend vanaf de inlogpoging. Het logboek van tweestapsverificatie, links en de identity provider, met IP-adressen.',
  } satisfies Record<RetentionKind, string>,
  actions: { anonymise: 'wordt geanonimiseerd', delete: 'wordt verwijderd' },
  save: 'Termijnen opslaan',
  saved: 'De bewaartermijnen zijn opgeslagen. De volgende opschoning gebruikt ze.',
  dryRunTitle: 'Wat gaat er weg? (proefdraai)',
  dryRunIntro: 'Een proefdraai telt wat de opschoning nu zou verwijderen of anonimiseren, zonder iets te veranderen.',
  dryRun: 'Proefdraai',
  dryRunAt: (when: string) => `Proefdraai van ${when}`,
  kind: 'Soort',
  term: 'Termijn',
  count: 'Aantal',
  examples: 'Voorbeelden',
  daysValue: (days: number) => `${days} dagen`,
  countWithAction: (count: number, action: string) => `${count} ${action}`,
  noExamples: 'geen',
  runNow: 'Nu opschonen',
  confirmRunTitle: 'Nu opschonen?',
  confirmRun: (total: number) =>
    total === 1 ? '1 gegeven wordt nu verwijderd of geanonimiseerd, zoals de proefdraai hierboven laat zien. Dit kan niet ongedaan worden gemaakt.' : `${total} gegevens worden nu verwijderd of geanonimiseerd, zoals de proefdraai hierboven laat zien. Dit kan niet ongedaan worden gemaakt.`,
  confirmRunWho: 'Niemand krijgt hierover een bericht. De opschoning komt in het logboek hieronder, op uw naam.',
  confirmRunButton: 'Opschonen',
  cancel: 'Annuleren',
  ranNow: (total: number) => `De opschoning is uitgevoerd: ${total} ${total === 1 ? 'gegeven' : 'gegevens'} verwijderd of geanonimiseerd.`,
  runsTitle: 'Logboek van de opschoning',
  runsCaption: 'Opschoningen, nieuwste eerst, met het aantal per soort',
  noRuns: 'Er is nog niet opgeschoond.',
  runWhen: 'Wanneer',
  runBy: 'Door',
  scheduled: 'nachtelijke opschoning',
  overviewTitle: 'Verwerkingsoverzicht',
  overviewIntro: 'Dit overzicht staat ook openbaar op de website, gelinkt vanuit de privacyverklaring.',
  overviewPublic: 'Openbare versie bekijken',
  data: 'Gegevens',
  purpose: 'Doel',
  legalBasis: 'Grondslag',
  retention: 'Bewaartermijn',
  audiences: 'Wie ziet ze',
  audienceSelf: 'de persoon zelf',
  audiencePublic: 'iedereen (openbare databank)',
  erasure: {
    title: 'Gegevens wissen (AVG-verzoek)',
    intro: 'Wis deze persoon op eigen verzoek, voor zover de wet dat toelaat. Bekijk eerst wat er gebeurt.',
    check: 'Wissen voorbereiden',
    refusedTitle: 'Wissen kan nu niet',
    refusals: {
      ALREADY_ERASED: () => 'Deze persoon is al gewist.',
      OWN_ACCOUNT: () => 'U kunt uw eigen account niet wissen.',
      CASE_IN_PROGRESS: (concerns: string) => `Deze persoon is eigenaar van een lopende zaak: ${concerns}. Wissen kan als de zaak is afgerond of ingetrokken.`,
      OPEN_REVIEW: (concerns: string) => `Deze persoon beoordeelt nog in een lopende zaak: ${concerns}. Vervang de beoordelaar eerst of wacht tot de zaak is afgerond.`,
      COACH_OF_OPEN_CASE: (concerns: string) => `Deze persoon begeleidt een lopende zaak: ${concerns}. Wijs eerst een andere begeleider toe.`,
      COMMITTEE_SEAT: (concerns: string) => `Deze persoon zit in een commissie: ${concerns}. Haal de persoon eerst uit de commissie.`,
    } satisfies Record<ErasureRefusalCode, (concerns: string) => string>,
    confirmTitle: (name: string) => `${name} wissen?`,
    confirmWhat: 'Naam, e-mailadres, organisatie en wachtwoord worden gewist; het account heet daarna "Verwijderde gebruiker" en kan niet meer inloggen. Dit kan niet ongedaan worden gemaakt.',
    effects: (e: { sessionsEnded: number; notificationsDeleted: number; applicationContactsCleared: number; declarationsCleared: number; ownerInvitationsDeleted: number; signInRecordsCleared: number }) =>
      `Wat er gebeurt: ${count(e.sessionsEnded, 'sessie', 'sessies')} beëindigd, ${count(e.notificationsDeleted, 'melding', 'meldingen')} verwijderd, contactgegevens van ${count(e.applicationContactsCleared, 'aanmelding', 'aanmeldingen')} gewist, ${count(e.declarationsCleared, 'verklaring', 'verklaringen')} gewist, ${count(e.ownerInvitationsDeleted, 'uitnodiging', 'uitnodigingen')} verwijderd, ${count(e.signInRecordsCleared, 'inloggegeven', 'inloggegevens')} gewist (tweestapsverificatie, herstelcodes, links en IP-adressen in het inloglogboek).`,
    kept: (reviews: number, auditLines: number) =>
      `Blijft bewaard: ${reviews} ${reviews === 1 ? 'beoordeling' : 'beoordelingen'} onder de letter van het panel en ${auditLines} ${auditLines === 1 ? 'regel' : 'regels'} in het verloop van zaken, op naam van "Verwijderde gebruiker".`,
    who: 'Niemand krijgt hierover een bericht; beantwoord het verzoek zelf. Het wissen wordt vastgelegd op uw naam.',
    confirm: 'Definitief wissen',
    done: 'De persoon is gewist.',
  },
  ownData: {
    title: 'Mijn gegevens',
    text: 'Download alles wat het systeem over u bewaart: uw profiel, uw aanmeldingen en documenten, wat u als beoordelaar schreef, uw meldingen en sessies. Het bestand is JSON, leesbaar voor andere programma’s.',
    download: 'Mijn gegevens downloaden (JSON)',
    overview: 'Welke gegevens we verwerken en waarom',
  },
};

export type PrivacyMessages = typeof privacyNl;

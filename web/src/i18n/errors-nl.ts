import { paramDate, paramList, paramNumber, paramSize, paramText, type ErrorParams } from '../lib/error-params.js';

/**
 * One sentence per error code the API answers with, from the error's params. Every code the
 * server defines (defineError) needs a wording here and in errors-en.ts; src/common/errors/error-wording.spec.ts checks.
 */
export const errorsNl = {
  // Input and the HTTP layer
  VALIDATION_FAILED: () => 'Niet alles is goed ingevuld. Verbeter de gemarkeerde velden.',
  INVALID_JSON: () => 'Het verzoek kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.',
  PAYLOAD_TOO_LARGE: () => 'Wat u verstuurt is te groot.',
  UNSUPPORTED_MEDIA_TYPE: () => 'Dit soort inhoud wordt hier niet aangenomen.',
  INTERNAL_ERROR: () => 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  // Signing in and accounts
  NOT_SIGNED_IN: () => 'Uw sessie is verlopen of u bent niet ingelogd. Log opnieuw in.',
  ROLE_REQUIRED: () => 'U heeft geen toegang tot deze functie.',
  INVALID_CREDENTIALS: () => 'Onjuist e-mailadres of wachtwoord.',
  LOGIN_UNAVAILABLE: () => 'Inloggen is tijdelijk niet mogelijk. Probeer het later opnieuw.',
  LOGIN_RATE_LIMITED: (p: ErrorParams) => `Te veel inlogpogingen. Probeer het over ${paramNumber(p, 'minutes')} minuten opnieuw.`,
  TWO_FACTOR_RATE_LIMITED: (p: ErrorParams) => `Te veel pogingen met een code. Probeer het over ${paramNumber(p, 'minutes')} minuten opnieuw.`,
  SECOND_FACTOR_REQUIRED: () => 'Vul de code uit uw authenticator-app in.',
  TWO_FACTOR_ENROLMENT_REQUIRED: () => 'Uw rol vraagt inloggen in twee stappen. Stel eerst een authenticator-app in.',
  TWO_FACTOR_CODE_INVALID: () => 'De code is onjuist, verlopen of al gebruikt. Wacht op een nieuwe code.',
  TWO_FACTOR_ALREADY_ENABLED: () => 'Inloggen in twee stappen staat al aan.',
  TWO_FACTOR_ENROLMENT_NOT_STARTED: () => 'Er is geen instelling van een authenticator-app begonnen. Begin opnieuw.',
  TWO_FACTOR_NOT_ENABLED: () => 'Inloggen in twee stappen staat niet aan.',
  TWO_FACTOR_REQUIRED_FOR_ROLE: () => 'Uw rol vraagt inloggen in twee stappen; u kunt het niet uitzetten.',
  SESSION_NOT_FOUND: () => 'Deze sessie bestaat niet (meer).',
  ACCOUNT_ALREADY_ACTIVE: () => 'Deze persoon heeft al een wachtwoord gekozen; een nieuw wachtwoord vraagt die zelf aan via "Wachtwoord vergeten".',
  ACCOUNT_LINK_UNKNOWN: () => 'Deze link is ongeldig. Vraag een nieuwe aan.',
  ACCOUNT_LINK_USED: () => 'Deze link is al gebruikt. Vraag een nieuwe aan.',
  ACCOUNT_LINK_EXPIRED: () => 'Deze link is verlopen. Vraag een nieuwe aan.',
  CROSS_ORIGIN_REQUEST: () => 'Dit verzoek komt niet van de pagina\'s van het systeem zelf. Laad de pagina opnieuw.',
  EMAIL_TAKEN: () => 'Er bestaat al een account met dit e-mailadres.',
  PERSON_NOT_FOUND: () => 'Gebruiker niet gevonden.',
  ERASURE_REFUSED: () => 'Deze persoon kan (nog) niet worden gewist; zie de redenen.',
  // The track
  APPLICATION_NOT_FOUND: () => 'Aanmelding niet gevonden.',
  STALE_VERSION: () => 'De aanmelding is intussen gewijzigd. Laad haar opnieuw en probeer het nog eens.',
  EVENT_NOT_ALLOWED_IN_STATE: () => 'Deze stap kan in de huidige fase van de aanmelding niet.',
  NOT_YOUR_TURN: () => 'U mag deze stap niet zetten voor deze aanmelding.',
  STEP_NOT_READY: () => 'Deze stap kan nog niet; er ontbreekt nog iets.',
  // The werkblad and its comments
  SECTION_CHANGED: () => 'Deze sectie is intussen door iemand anders opgeslagen; uw tekst is niet opgeslagen. Vergelijk en sla opnieuw op.',
  DESCRIPTION_NOT_EDITABLE: () => 'De beschrijving kan in deze fase niet worden bewerkt.',
  DESCRIPTION_VERSION_NOT_FOUND: (p: ErrorParams) => `Versie ${paramText(p, 'number')} van de beschrijving bestaat niet.`,
  COMMENT_NOT_FOUND: () => 'Opmerking niet gevonden.',
  COMMENTS_NOT_ALLOWED: () => 'U mag dit niet bij de opmerkingen op deze beschrijving.',
  FACTS_CHANGED: () => 'De kerngegevens zijn intussen door iemand anders opgeslagen; uw wijziging is niet opgeslagen. Laad ze opnieuw.',
  ANCHOR_SECTION_CHANGED: () => 'De sectie is gewijzigd sinds u de passage selecteerde. Laad de tekst opnieuw en selecteer de passage opnieuw.',
  // Documents
  DOCUMENT_NOT_FOUND: () => 'Document niet gevonden.',
  DOCUMENTS_OWNERS_ONLY: () => 'Alleen de eigenaren van de aanmelding mogen documenten toevoegen of verwijderen.',
  DOCUMENTS_LOCKED: () => 'In de huidige fase kunnen de documenten niet meer veranderen.',
  UNSUPPORTED_DOCUMENT_TYPE: (p: ErrorParams) => `Dit bestand is geen ${paramText(p, 'accepted')}-document (gecontroleerd op de inhoud, niet op de naam).`,
  FILE_TOO_LARGE: (p: ErrorParams) => `Het bestand is te groot: hoogstens ${paramSize(p, 'maxBytes')}.`,
  // Panels and reviews
  PANEL_NOT_VISIBLE: () => 'U kunt het beoordelingspanel van deze aanmelding niet inzien.',
  INVITATION_NOT_FOUND: () => 'Uitnodiging niet gevonden.',
  INVITATION_NOT_PENDING: () => 'Deze uitnodiging staat niet meer open.',
  INVITATION_EXPIRED: () => 'De reactietermijn van deze uitnodiging is verstreken.',
  PANEL_MEMBER_NOT_FOUND: () => 'Deze beoordelaar zit niet (meer) in het panel.',
  REVIEWER_NOT_FOUND: () => 'Beoordelaar niet gevonden.',
  NOT_ON_PANEL: () => 'U zit niet in het beoordelingspanel van deze aanmelding.',
  REVIEW_ALREADY_SUBMITTED: () => 'Uw beoordeling is ingediend en kan niet meer worden gewijzigd.',
  OWN_REVIEW_FIRST: () => 'U ziet de beoordelingen van anderen pas nadat u uw eigen beoordeling heeft ingediend.',
  REVIEWS_NOT_VISIBLE: () => 'U kunt de beoordelingen van deze aanmelding niet inzien.',
  // The committee, its meetings and decisions
  COMMITTEE_NOT_FOUND: () => 'Commissie niet gevonden.',
  MEETING_NOT_FOUND: () => 'Vergadering niet gevonden.',
  MEETING_IN_THE_PAST: () => 'Deze vergadering is al geweest; kies een latere.',
  COMMITTEE_INACTIVE: () => 'Deze commissie is niet meer actief.',
  REVIEWS_INCOMPLETE: (p: ErrorParams) =>
    `Nog niet alle beoordelingen zijn ingediend (${paramNumber(p, 'submitted')} van ${paramNumber(p, 'panel')}); alleen complete zaken gaan op de agenda.`,
  NOT_ON_AGENDA: () => 'Deze aanmelding staat niet op de agenda van deze vergadering.',
  AGENDA_MISMATCH: () => 'De nieuwe volgorde moet precies de zaken op de agenda noemen. Laad de agenda opnieuw.',
  DOSSIER_FORBIDDEN: () => 'Het dossier is alleen voor de commissie en het secretariaat.',
  MINUTES_BEFORE_MEETING: (p: ErrorParams) => `De notulen kunnen worden vastgelegd vanaf het begin van de vergadering, ${paramDate(p, 'minutesFrom', 'nl', true)}.`,
  DECISION_RULES_BROKEN: () => 'Dit besluit gaat tegen de beslisregels in.',
  DECISION_NOT_FOUND: () => 'Er is (nog) geen besluit over deze aanmelding.',
  DECISION_LETTER_NOT_FOUND: () => 'Er is (nog) geen besluitbrief voor deze aanmelding.',
  OBJECTION_PERIOD_ENDED: (p: ErrorParams) => `De bezwaartermijn is op ${paramDate(p, 'objectionDeadline', 'nl')} verstreken.`,
  OBJECTION_ALREADY_LODGED: () => 'Tegen dit besluit is al bezwaar gemaakt; er kan één keer bezwaar worden gemaakt.',
  CONDITIONS_DEADLINE_PASSED: (p: ErrorParams) => `De termijn voor de voorwaarden is op ${paramDate(p, 'conditionsDeadline', 'nl')} verstreken; de erkenning vervalt.`,
  MEETING_NOT_STARTED: (p: ErrorParams) => `Het besluit kan pas worden vastgelegd vanaf het begin van de vergadering, ${paramDate(p, 'decidableFrom', 'nl', true)}.`,
  // Committee settings and the databank
  SETTINGS_VERSION_STALE: (p: ErrorParams) =>
    `De instellingen zijn intussen gewijzigd (nu versie ${paramNumber(p, 'currentVersion')}, u werkte op versie ${paramNumber(p, 'basedOnVersion')}); bekijk ze opnieuw.`,
  SETTINGS_BREAK_CASES: (p: ErrorParams) =>
    `Een niveau dat vervalt (${paramList(p, 'levels').join(', ')}) is nog in gebruik bij ${paramNumber(p, 'caseCount')} ${paramNumber(p, 'caseCount') === 1 ? 'zaak' : 'zaken'}; die zouden niet meer kunnen worden afgerond of herbeoordeeld.`,
  DATABANK_CLOSED: (p: ErrorParams) => paramText(p, 'closedMessageNl') || 'Deze databank neemt nu geen aanmeldingen aan.',
  DATABANK_NOT_FOUND: () => 'Deze databank bestaat niet.',
  LISTING_NOT_FOUND: () => 'Interventie niet gevonden in de databank.',
  LISTING_SUPERSEDED: () => 'De vermelding hoort inmiddels bij een nieuwere aanmelding (herbeoordeling); werk die bij.',
  NOT_LISTING_OWNER: () => 'Alleen de eigenaar van de erkende interventie kan een herbeoordeling aanvragen.',
  REASSESSMENT_ALREADY_OPEN: () => 'Er loopt al een herbeoordeling voor deze interventie.',
  PUBLIC_API_RATE_LIMITED: (p: ErrorParams) => `Te veel verzoeken. Probeer het over ${paramNumber(p, 'retryAfterSeconds')} seconden opnieuw.`,
  // Deadlines
  DEADLINE_NOT_FOUND: () => 'Termijn niet gevonden.',
  DEADLINE_CLOSED: () => 'Deze termijn is al afgesloten.',
  DEADLINE_NOT_EXTENDABLE: () => 'Deze termijn volgt een andere datum (de uitnodiging, het besluit of de erkenning) en kan hier niet worden verlengd.',
  DEADLINE_NOT_COMPLETED_BY_HAND: () => 'Deze termijn kan niet met de hand worden afgerond; hij sluit zodra de bijbehorende stap is gezet.',
  DEADLINE_STALE_VERSION: () => 'De termijn is intussen gewijzigd; laad haar opnieuw.',
  NO_OPEN_AGENDA_DEADLINE: () =>
    'Voor deze vergadering staat geen agenda klaar om te versturen: er staat geen aanmelding op de agenda, of de agenda is al verstuurd.',
  NO_AGENDA_RECIPIENTS: () =>
    'De commissie van deze vergadering heeft geen voorzitter of lid met een actief account; laat de beheerder eerst leden toevoegen.',
  // Notifications, mail templates and the import
  MAIL_TEMPLATE_NOT_FOUND: () => 'Deze e-mailtekst bestaat niet of is niet aan te passen.',
  NOTIFICATION_NOT_FOUND: () => 'Melding niet gevonden.',
  IMPORT_FILE_INVALID: (p: ErrorParams) =>
    `Het bestand heeft ${paramNumber(p, 'problemCount')} ${paramNumber(p, 'problemCount') === 1 ? 'probleem' : 'problemen'}; er is niets geïmporteerd.`,
  // Errors of the framework itself, by their HTTP status
  NOT_FOUND: () => 'Niet gevonden.',
  BAD_REQUEST: () => 'Het verzoek is niet geldig.',
  METHOD_NOT_ALLOWED: () => 'Dit kan hier niet.',
};

export type ErrorWording = Record<keyof typeof errorsNl, (params: ErrorParams) => string>;

/** For a code the catalogue does not word yet: never the API's English, always the code to quote. */
export const unknownErrorNl = (code: string) => `Dit is niet gelukt (foutcode ${code}). Probeer het opnieuw of neem contact op met het secretariaat.`;

/** A field error whose rule the validation catalogue does not word yet. */
export const invalidFieldNl = 'Dit is niet goed ingevuld.';

import type { Role } from '../users/role.js';
import type { RetentionKind, RetentionTerms } from './retention-kinds.js';

/** A text in both languages of the system. */
export interface BilingualText {
  nl: string;
  en: string;
}

/** Who can see the data: a role, the person it is about, or everyone (the public databank). */
export type Audience = Role | 'self' | 'public';

export interface RetentionLine {
  /** The admin's retention setting this line follows, if any. */
  kind: RetentionKind | null;
  days: number | null;
  text: BilingualText;
}

export interface ProcessingActivity {
  key: string;
  title: BilingualText;
  data: BilingualText;
  purpose: BilingualText;
  legalBasis: BilingualText;
  retention: RetentionLine[];
  audiences: Audience[];
}

const PUBLIC_TASK: BilingualText = {
  nl: 'Taak van algemeen belang (AVG art. 6 lid 1 onder e): het erkennen van interventies.',
  en: 'Task carried out in the public interest (GDPR art. 6(1)(e)): recognising interventions.',
};

const ARCHIVE: BilingualText = {
  nl: 'Bewaard zolang de archiefplicht dat vraagt; niet door de bewaartermijnen geraakt.',
  en: 'Kept as long as the archive duty requires; not touched by the retention terms.',
};

function afterDays(kind: RetentionKind, days: number, what: BilingualText): RetentionLine {
  return { kind, days, text: { nl: `${what.nl} ${days} dagen`, en: `${what.en} ${days} days` } };
}

/**
 * The processing overview (verwerkingsoverzicht, AVG art. 30): what personal data the system
 * holds, why, on which ground, how long and who can see it. The terms come from the same settings
 * the retention job applies, so the overview and the job never disagree.
 */
export function processingOverview(terms: RetentionTerms, sessionTtlHours: number): ProcessingActivity[] {
  return [
    {
      key: 'accounts',
      title: { nl: 'Accounts', en: 'Accounts' },
      data: {
        nl: 'Naam, e-mailadres, organisatie, rollen, taal, wachtwoord (alleen als hash), meldingsvoorkeuren.',
        en: 'Name, e-mail address, organisation, roles, language, password (as a hash only), notification preferences.',
      },
      purpose: { nl: 'Toegang tot het systeem en berichten over het traject.', en: 'Access to the system and messages about the track.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        {
          kind: null,
          days: null,
          text: {
            nl: 'Tot een verzoek om wissing; de beheerder voert dat uit zodra er geen lopende zaak meer is.',
            en: 'Until a request for erasure; the administrator carries it out once no case is running.',
          },
        },
      ],
      audiences: ['self', 'admin', 'secretary'],
    },
    {
      key: 'sessions',
      title: { nl: 'Sessies', en: 'Sessions' },
      data: { nl: 'Wanneer iemand inlogde en tot wanneer de sessie geldt (het token alleen als hash).', en: 'When someone signed in and until when the session is valid (the token as a hash only).' },
      purpose: { nl: 'Ingelogd blijven en beveiliging.', en: 'Staying signed in, and security.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        {
          kind: null,
          days: null,
          text: { nl: `Tot de sessie verloopt (${sessionTtlHours} uur) of wordt beëindigd.`, en: `Until the session expires (${sessionTtlHours} hours) or is ended.` },
        },
      ],
      audiences: ['self'],
    },
    {
      key: 'signIn',
      title: { nl: 'Inloggen en tweestapsverificatie', en: 'Sign-in and two-step sign-in' },
      data: {
        nl: 'Het geheim van de authenticator-app en de herstelcodes (alleen als hash), links om een wachtwoord in te stellen (alleen als hash), en een logboek van inlogpogingen met IP-adres.',
        en: 'The authenticator app secret and the recovery codes (as hashes only), links to set a password (as hashes only), and a log of sign-in attempts with IP address.',
      },
      purpose: { nl: 'Beveiliging: alleen de juiste persoon komt binnen, en misbruik is na te gaan.', en: 'Security: only the right person gets in, and misuse can be traced.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        { kind: null, days: null, text: { nl: 'Geheim en herstelcodes: zolang het account bestaat.', en: 'Secret and recovery codes: as long as the account exists.' } },
        afterDays('signInLogs', terms.signInLogs, { nl: 'Inloglogboek verwijderd na', en: 'Sign-in log deleted after' }),
      ],
      audiences: ['self', 'admin'],
    },
    {
      key: 'applications',
      title: { nl: 'Aanmeldingen en dossiers', en: 'Applications and case files' },
      data: {
        nl: 'Contactpersoon (naam, e-mail, telefoon), gegevens over de interventie, werkblad, documenten, opmerkingen.',
        en: 'Contact person (name, e-mail, phone), details of the intervention, description, documents, comments.',
      },
      purpose: { nl: 'Beoordelen of een interventie erkend kan worden.', en: 'Assessing whether an intervention can be recognised.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        afterDays('draftApplications', terms.draftApplications, { nl: 'Nooit ingediende concepten: contactgegevens gewist na', en: 'Drafts never submitted: contact details erased after' }),
        afterDays('closedApplications', terms.closedApplications, {
          nl: 'Niet toegelaten en ingetrokken aanmeldingen: contactgegevens gewist na',
          en: 'Not admitted and withdrawn applications: contact details erased after',
        }),
        { kind: null, days: null, text: { nl: `Erkende interventies: ${ARCHIVE.nl.toLowerCase()}`, en: `Recognised interventions: ${ARCHIVE.en.toLowerCase()}` } },
      ],
      audiences: ['self', 'secretary', 'coach', 'reviewer', 'chair', 'committee_member'],
    },
    {
      key: 'reviews',
      title: { nl: 'Beoordelingen en belangenverklaringen', en: 'Reviews and conflict declarations' },
      data: {
        nl: 'Naam van de beoordelaar, beoordeling per criterium, vertrouwelijke opmerkingen, verklaring over belangenconflicten of reden van afwijzen.',
        en: "The reviewer's name, the review per criterion, confidential remarks, the conflict-of-interest declaration or reason for declining.",
      },
      purpose: { nl: 'Een onafhankelijk en onderbouwd oordeel.', en: 'An independent, well-founded judgment.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        afterDays('reviewRemarks', terms.reviewRemarks, {
          nl: 'Vertrouwelijke opmerkingen en verklaringen: gewist na afloop van de zaak, na',
          en: 'Confidential remarks and declarations: erased after the case ended, after',
        }),
        { kind: null, days: null, text: { nl: `De beoordeling zelf hoort bij het besluit: ${ARCHIVE.nl.toLowerCase()}`, en: `The review itself belongs to the decision: ${ARCHIVE.en.toLowerCase()}` } },
      ],
      audiences: ['self', 'secretary', 'chair', 'committee_member'],
    },
    {
      key: 'decisions',
      title: { nl: 'Besluiten en verloop van de zaak', en: 'Decisions and the history of the case' },
      data: { nl: 'Wie welke stap zette en wanneer, besluiten, besluitbrieven, bezwaren.', en: 'Who took which step and when, decisions, decision letters, objections.' },
      purpose: { nl: 'Verantwoording van het besluit en de archiefplicht.', en: 'Accountability for the decision and the archive duty.' },
      legalBasis: {
        nl: `${PUBLIC_TASK.nl} Wettelijke plicht (AVG art. 6 lid 1 onder c): Archiefwet.`,
        en: `${PUBLIC_TASK.en} Legal obligation (GDPR art. 6(1)(c)): the Archives Act.`,
      },
      retention: [
        {
          kind: null,
          days: null,
          text: {
            nl: `${ARCHIVE.nl} Na wissing van een persoon blijft de regel staan op naam van "Verwijderde gebruiker".`,
            en: `${ARCHIVE.en} When a person is erased the line stays, under "Verwijderde gebruiker" (erased user).`,
          },
        },
      ],
      audiences: ['self', 'secretary', 'chair', 'admin'],
    },
    {
      key: 'notifications',
      title: { nl: 'Meldingen en e-mails', en: 'Notifications and e-mails' },
      data: { nl: 'Aan wie welk bericht ging, wanneer, en of de e-mail aankwam.', en: 'Who was sent which message, when, and whether the e-mail arrived.' },
      purpose: { nl: 'Mensen op de hoogte houden van het traject.', en: 'Keeping people informed about the track.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        afterDays('notifications', terms.notifications, { nl: 'Verwijderd na', en: 'Deleted after' }),
        afterDays('ownerInvitations', terms.ownerInvitations, { nl: 'Uitnodigingen van mede-eigenaren verwijderd na', en: 'Invitations of co-owners deleted after' }),
      ],
      audiences: ['self', 'admin'],
    },
    {
      key: 'publication',
      title: { nl: 'Publicatie in de databank', en: 'Publication in the databank' },
      data: { nl: 'De erkende interventie en de organisatie die haar uitvoert; geen beoordelaars.', en: 'The recognised intervention and the organisation carrying it out; no reviewers.' },
      purpose: { nl: 'Gemeenten en professionals laten zien wat werkt.', en: 'Showing municipalities and professionals what works.' },
      legalBasis: PUBLIC_TASK,
      retention: [{ kind: null, days: null, text: { nl: 'Zolang de erkenning geldig is.', en: 'As long as the recognition is valid.' } }],
      audiences: ['public'],
    },
    {
      key: 'accessLog',
      title: { nl: 'Toegangslog van de server', en: "The server's access log" },
      data: { nl: 'Per verzoek: tijd, pad, status, duur en het id van de ingelogde gebruiker; geen IP-adres.', en: "Per request: time, path, status, duration and the signed-in user's id; no IP address." },
      purpose: { nl: 'Beveiliging en het opsporen van storingen.', en: 'Security and finding faults.' },
      legalBasis: PUBLIC_TASK,
      retention: [
        {
          kind: null,
          days: null,
          text: {
            nl: 'Geschreven naar de standaarduitvoer; hoe lang hangt af van de logverzameling van de beheerder (zie README).',
            en: "Written to standard output; how long depends on the administrator's log collection (see README).",
          },
        },
      ],
      audiences: ['admin'],
    },
  ];
}

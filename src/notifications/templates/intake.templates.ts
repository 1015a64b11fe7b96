import { appLabel, appName, paragraphs, text } from './labels.js';
import type { TemplateGroup } from './template.types.js';

/** Aanmelding and toelating: submission, admission, questions, withdrawal. */
export const INTAKE_TEMPLATES = {
  'application-submitted': {
    nl: (i) => ({
      subject: `Nieuwe aanmelding: ${appName(i)}`,
      paragraphs: [
        `De aanmelding ${appLabel(i)} is ingediend en wacht op de intake.`,
        'Toets de toelatingscriteria en besluit of de interventie wordt toegelaten, niet wordt toegelaten of dat er meer informatie nodig is.',
      ],
      action: 'Aanmelding beoordelen',
    }),
    en: (i) => ({
      subject: `New application: ${appName(i)}`,
      paragraphs: [
        `The application ${appLabel(i)} has been submitted and awaits intake.`,
        'Check the admission criteria and decide whether to admit it, refuse it or ask for more information.',
      ],
      action: 'Review the application',
    }),
  },

  'application-received': {
    nl: (i) => ({
      subject: `Aanmelding ontvangen: ${appName(i)}`,
      paragraphs: [
        `Wij hebben uw aanmelding ${appLabel(i)} ontvangen.`,
        'Het secretariaat toetst of de interventie wordt toegelaten tot het erkenningstraject. U krijgt bericht zodra daarover besloten is.',
      ],
      action: 'Uw aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Application received: ${appName(i)}`,
      paragraphs: [
        `We have received your application ${appLabel(i)}.`,
        'The secretariat checks whether the intervention is admitted to the recognition track. You will hear from us once that is decided.',
      ],
      action: 'View your application',
    }),
  },

  'application-admitted': {
    nl: (i) => ({
      subject: `Uw aanmelding is toegelaten: ${appName(i)}`,
      paragraphs: [
        `Uw aanmelding ${appLabel(i)} is toegelaten tot het erkenningstraject.`,
        'U kunt nu de interventie beschrijven in het werkblad en de documenten uploaden. Uw begeleider neemt contact met u op.',
      ],
      action: 'Aan de beschrijving beginnen',
    }),
    en: (i) => ({
      subject: `Your application has been admitted: ${appName(i)}`,
      paragraphs: [
        `Your application ${appLabel(i)} has been admitted to the recognition track.`,
        'You can now describe the intervention in the description template and upload the documents. Your coach will contact you.',
      ],
      action: 'Start the description',
    }),
  },

  'coach-assigned': {
    nl: (i) => ({
      subject: `U bent begeleider van ${appName(i)}`,
      paragraphs: [
        `U bent aangewezen als begeleider van de aanmelding ${appLabel(i)}.`,
        'Neem contact op met de indiener over het beschrijven van de interventie.',
      ],
      action: 'Aanmelding openen',
    }),
    en: (i) => ({
      subject: `You are the coach of ${appName(i)}`,
      paragraphs: [
        `You have been assigned as the coach of the application ${appLabel(i)}.`,
        'Please contact the applicant about describing the intervention.',
      ],
      action: 'Open the application',
    }),
  },

  'application-refused': {
    params: ['reason'],
    nl: (i) => ({
      subject: `Uw aanmelding is niet toegelaten: ${appName(i)}`,
      paragraphs: paragraphs(
        `Uw aanmelding ${appLabel(i)} is niet toegelaten tot het erkenningstraject.`,
        text(i.params.reason) && `Toelichting van het secretariaat: ${text(i.params.reason)}`,
        'Dit besluit is definitief voor deze aanmelding.',
      ),
      action: 'Uw aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Your application has not been admitted: ${appName(i)}`,
      paragraphs: paragraphs(
        `Your application ${appLabel(i)} has not been admitted to the recognition track.`,
        text(i.params.reason) && `The secretariat explains: ${text(i.params.reason)}`,
        'This decision is final for this application.',
      ),
      action: 'View your application',
    }),
  },

  'information-requested': {
    params: ['question'],
    nl: (i) => ({
      subject: `Vraag over uw aanmelding: ${appName(i)}`,
      paragraphs: paragraphs(
        `Het secretariaat heeft meer informatie nodig over uw aanmelding ${appLabel(i)}.`,
        text(i.params.question) && `De vraag: ${text(i.params.question)}`,
        'Beantwoord de vraag en dien de aanmelding opnieuw in.',
      ),
      action: 'Vraag beantwoorden',
    }),
    en: (i) => ({
      subject: `Question about your application: ${appName(i)}`,
      paragraphs: paragraphs(
        `The secretariat needs more information about your application ${appLabel(i)}.`,
        text(i.params.question) && `The question: ${text(i.params.question)}`,
        'Please answer the question and resubmit the application.',
      ),
      action: 'Answer the question',
    }),
  },

  'information-provided': {
    params: ['answer'],
    nl: (i) => ({
      subject: `Antwoord ontvangen: ${appName(i)}`,
      paragraphs: paragraphs(
        `De indiener heeft de gevraagde informatie over ${appLabel(i)} aangevuld en de aanmelding opnieuw ingediend.`,
        text(i.params.answer) && `Het antwoord: ${text(i.params.answer)}`,
      ),
      action: 'Aanmelding beoordelen',
    }),
    en: (i) => ({
      subject: `Answer received: ${appName(i)}`,
      paragraphs: paragraphs(
        `The applicant has provided the requested information about ${appLabel(i)} and resubmitted the application.`,
        text(i.params.answer) && `The answer: ${text(i.params.answer)}`,
      ),
      action: 'Review the application',
    }),
  },

  'application-withdrawn': {
    params: ['reason'],
    nl: (i) => ({
      subject: `Aanmelding ingetrokken: ${appName(i)}`,
      paragraphs: paragraphs(
        `De aanmelding ${appLabel(i)} is door de indiener ingetrokken.`,
        text(i.params.reason) && `Reden: ${text(i.params.reason)}`,
      ),
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Application withdrawn: ${appName(i)}`,
      paragraphs: paragraphs(
        `The application ${appLabel(i)} has been withdrawn by the applicant.`,
        text(i.params.reason) && `Reason: ${text(i.params.reason)}`,
      ),
      action: 'View the application',
    }),
  },
} satisfies TemplateGroup;

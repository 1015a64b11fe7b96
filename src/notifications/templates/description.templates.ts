import { appLabel, appName } from './labels.js';
import type { TemplateGroup } from './template.types.js';

const werkblad = (applicationId: string) => `/aanmeldingen/${applicationId}/werkblad`;

/** Beschrijven: the werkblad with the coach, and the submission for assessment. */
export const DESCRIPTION_TEMPLATES = {
  'feedback-requested': {
    path: werkblad,
    nl: (i) => ({
      subject: `Feedback gevraagd: ${appName(i)}`,
      paragraphs: [
        `De indiener van ${appLabel(i)} vraagt uw feedback op de huidige versie van de beschrijving.`,
        'Geef uw feedback per onderdeel van het werkblad.',
      ],
      action: 'Feedback geven',
    }),
    en: (i) => ({
      subject: `Feedback requested: ${appName(i)}`,
      paragraphs: [
        `The applicant of ${appLabel(i)} asks for your feedback on the current version of the description.`,
        'Please give your feedback per section of the description template.',
      ],
      action: 'Give feedback',
    }),
  },

  'feedback-returned': {
    path: werkblad,
    nl: (i) => ({
      subject: `Feedback van uw begeleider: ${appName(i)}`,
      paragraphs: [
        `Uw begeleider heeft feedback gegeven op de beschrijving van ${appLabel(i)}.`,
        'Verwerk de feedback in het werkblad; daarna kunt u opnieuw om feedback vragen.',
      ],
      action: 'Feedback bekijken',
    }),
    en: (i) => ({
      subject: `Feedback from your coach: ${appName(i)}`,
      paragraphs: [
        `Your coach has given feedback on the description of ${appLabel(i)}.`,
        'Work the feedback into the description template; you can then ask for feedback again.',
      ],
      action: 'View the feedback',
    }),
  },

  'description-ready': {
    path: werkblad,
    nl: (i) => ({
      subject: `Beschrijving gereed voor beoordeling: ${appName(i)}`,
      paragraphs: [
        `Uw begeleider heeft de beschrijving van ${appLabel(i)} gereed verklaard voor beoordeling.`,
        'Zodra de verplichte documenten compleet zijn, kunt u de beschrijving indienen voor beoordeling.',
      ],
      action: 'Indienen voor beoordeling',
    }),
    en: (i) => ({
      subject: `Description ready for assessment: ${appName(i)}`,
      paragraphs: [
        `Your coach has declared the description of ${appLabel(i)} ready for assessment.`,
        'Once the required documents are complete, you can submit the description for assessment.',
      ],
      action: 'Submit for assessment',
    }),
  },

  'description-reopened': {
    path: werkblad,
    nl: (i) => ({
      subject: `Beschrijving heropend: ${appName(i)}`,
      paragraphs: [
        `Uw begeleider heeft de beschrijving van ${appLabel(i)} heropend; deze is nog niet gereed voor beoordeling.`,
        'Overleg met uw begeleider wat er nog moet gebeuren.',
      ],
      action: 'Beschrijving openen',
    }),
    en: (i) => ({
      subject: `Description reopened: ${appName(i)}`,
      paragraphs: [
        `Your coach has reopened the description of ${appLabel(i)}; it is not yet ready for assessment.`,
        'Please discuss with your coach what still needs to be done.',
      ],
      action: 'Open the description',
    }),
  },

  'submitted-for-assessment': {
    nl: (i) => ({
      subject: `Ingediend voor beoordeling: ${appName(i)}`,
      paragraphs: [
        `De beschrijving van ${appLabel(i)} is ingediend voor beoordeling.`,
        'Het secretariaat stelt het beoordelingspanel samen.',
      ],
      action: 'Aanmelding openen',
    }),
    en: (i) => ({
      subject: `Submitted for assessment: ${appName(i)}`,
      paragraphs: [
        `The description of ${appLabel(i)} has been submitted for assessment.`,
        'The secretariat composes the review panel.',
      ],
      action: 'Open the application',
    }),
  },

  'assessment-submission-received': {
    nl: (i) => ({
      subject: `Beschrijving ontvangen voor beoordeling: ${appName(i)}`,
      paragraphs: [
        `Wij hebben de beschrijving van ${appLabel(i)} ontvangen voor beoordeling.`,
        'Het secretariaat stelt een panel van beoordelaars samen. U krijgt bericht zodra de beoordeling begint.',
      ],
      action: 'Uw aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Description received for assessment: ${appName(i)}`,
      paragraphs: [
        `We have received the description of ${appLabel(i)} for assessment.`,
        'The secretariat composes a panel of reviewers. You will hear from us once the assessment starts.',
      ],
      action: 'View your application',
    }),
  },
} satisfies TemplateGroup;

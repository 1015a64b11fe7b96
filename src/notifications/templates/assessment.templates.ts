import { appLabel, appName, dateLabel, paragraphs, text } from './labels.js';
import type { TemplateGroup } from './template.types.js';

const reviewerPages = () => '/beoordelingen';

/**
 * Beoordelen: panel invitations, reviews, the complete panel. Templates that owners receive
 * declare no reviewer parameters, so no reviewer's name can reach an owner.
 */
export const ASSESSMENT_TEMPLATES = {
  'panel-invitation': {
    params: ['respondBy'],
    path: reviewerPages,
    nl: (i) => ({
      subject: `Uitnodiging om te beoordelen: ${appName(i)}`,
      paragraphs: paragraphs(
        `U bent uitgenodigd om de interventie ${appLabel(i)} te beoordelen.`,
        dateLabel(i.params.respondBy, 'nl') && `Laat ons uiterlijk ${dateLabel(i.params.respondBy, 'nl')} weten of u de uitnodiging aanneemt.`,
        'Meld bij het aannemen of u een belang heeft bij deze interventie.',
      ),
      action: 'Uitnodiging beantwoorden',
    }),
    en: (i) => ({
      subject: `Invitation to review: ${appName(i)}`,
      paragraphs: paragraphs(
        `You are invited to review the intervention ${appLabel(i)}.`,
        dateLabel(i.params.respondBy, 'en') && `Please let us know by ${dateLabel(i.params.respondBy, 'en')} whether you accept.`,
        'When accepting, please declare any conflict of interest.',
      ),
      action: 'Answer the invitation',
    }),
  },

  'invitation-accepted': {
    params: ['reviewerName'],
    nl: (i) => ({
      subject: `Uitnodiging aangenomen: ${appName(i)}`,
      paragraphs: [`${text(i.params.reviewerName) || 'Een beoordelaar'} heeft de uitnodiging om ${appLabel(i)} te beoordelen aangenomen.`],
      action: 'Panel bekijken',
    }),
    en: (i) => ({
      subject: `Invitation accepted: ${appName(i)}`,
      paragraphs: [`${text(i.params.reviewerName) || 'A reviewer'} has accepted the invitation to review ${appLabel(i)}.`],
      action: 'View the panel',
    }),
  },

  'invitation-declined': {
    params: ['reviewerName', 'reason', 'suggestedColleague'],
    nl: (i) => ({
      subject: `Uitnodiging afgeslagen: ${appName(i)}`,
      paragraphs: paragraphs(
        `${text(i.params.reviewerName) || 'Een beoordelaar'} heeft de uitnodiging om ${appLabel(i)} te beoordelen afgeslagen.`,
        text(i.params.reason) && `Reden: ${text(i.params.reason)}`,
        text(i.params.suggestedColleague) && `Voorgestelde collega: ${text(i.params.suggestedColleague)}`,
        'Nodig een vervanger uit.',
      ),
      action: 'Panel aanvullen',
    }),
    en: (i) => ({
      subject: `Invitation declined: ${appName(i)}`,
      paragraphs: paragraphs(
        `${text(i.params.reviewerName) || 'A reviewer'} has declined the invitation to review ${appLabel(i)}.`,
        text(i.params.reason) && `Reason: ${text(i.params.reason)}`,
        text(i.params.suggestedColleague) && `Suggested colleague: ${text(i.params.suggestedColleague)}`,
        'Please invite a replacement.',
      ),
      action: 'Complete the panel',
    }),
  },

  'invitation-expired': {
    params: ['reviewerName'],
    nl: (i) => ({
      subject: `Uitnodiging verlopen: ${appName(i)}`,
      paragraphs: [
        `${text(i.params.reviewerName) || 'Een beoordelaar'} heeft niet op tijd gereageerd op de uitnodiging om ${appLabel(i)} te beoordelen.`,
        'Nodig een vervanger uit.',
      ],
      action: 'Panel aanvullen',
    }),
    en: (i) => ({
      subject: `Invitation expired: ${appName(i)}`,
      paragraphs: [
        `${text(i.params.reviewerName) || 'A reviewer'} did not answer the invitation to review ${appLabel(i)} in time.`,
        'Please invite a replacement.',
      ],
      action: 'Complete the panel',
    }),
  },

  'invitation-expired-reviewer': {
    path: reviewerPages,
    nl: (i) => ({
      subject: `Uitnodiging verlopen: ${appName(i)}`,
      paragraphs: [
        `De termijn om te reageren op de uitnodiging om ${appLabel(i)} te beoordelen is verstreken.`,
        'Het secretariaat nodigt een andere beoordelaar uit. Dank voor uw aandacht.',
      ],
      action: 'Uw beoordelingen bekijken',
    }),
    en: (i) => ({
      subject: `Invitation expired: ${appName(i)}`,
      paragraphs: [
        `The time to answer the invitation to review ${appLabel(i)} has passed.`,
        'The secretariat will invite another reviewer. Thank you for your attention.',
      ],
      action: 'View your reviews',
    }),
  },

  'review-requested': {
    params: ['reviewDueAt'],
    path: reviewerPages,
    nl: (i) => ({
      subject: `Het panel is compleet, de beoordeling begint: ${appName(i)}`,
      paragraphs: paragraphs(
        `Het beoordelingspanel voor ${appLabel(i)} is compleet. U kunt uw beoordeling schrijven.`,
        dateLabel(i.params.reviewDueAt, 'nl') && `Lever uw beoordeling uiterlijk ${dateLabel(i.params.reviewDueAt, 'nl')} in.`,
      ),
      action: 'Beoordeling schrijven',
    }),
    en: (i) => ({
      subject: `The panel is complete, the review starts: ${appName(i)}`,
      paragraphs: paragraphs(
        `The review panel for ${appLabel(i)} is complete. You can write your review.`,
        dateLabel(i.params.reviewDueAt, 'en') && `Please submit your review by ${dateLabel(i.params.reviewDueAt, 'en')}.`,
      ),
      action: 'Write your review',
    }),
  },

  'review-submitted': {
    params: ['reviewerName'],
    nl: (i) => ({
      subject: `Beoordeling ontvangen: ${appName(i)}`,
      paragraphs: [`${text(i.params.reviewerName) || 'Een beoordelaar'} heeft een beoordeling van ${appLabel(i)} ingediend.`],
      action: 'Beoordelingen bekijken',
    }),
    en: (i) => ({
      subject: `Review received: ${appName(i)}`,
      paragraphs: [`${text(i.params.reviewerName) || 'A reviewer'} has submitted a review of ${appLabel(i)}.`],
      action: 'View the reviews',
    }),
  },

  'panel-complete': {
    nl: (i) => ({
      subject: `De beoordeling is begonnen: ${appName(i)}`,
      paragraphs: [
        `Het panel van beoordelaars voor ${appLabel(i)} is compleet; de beoordeling is begonnen.`,
        'U krijgt bericht zodra de erkenningscommissie de aanmelding bespreekt.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `The assessment has started: ${appName(i)}`,
      paragraphs: [
        `The review panel for ${appLabel(i)} is complete; the assessment has started.`,
        'You will hear from us once the recognition committee discusses the application.',
      ],
      action: 'View the application',
    }),
  },

  'reviews-complete': {
    nl: (i) => ({
      subject: `Alle beoordelingen binnen: ${appName(i)}`,
      paragraphs: [
        `Alle beoordelingen van ${appLabel(i)} zijn ingediend.`,
        'De aanmelding kan op de agenda van de erkenningscommissie.',
      ],
      action: 'Agenderen',
    }),
    en: (i) => ({
      subject: `All reviews in: ${appName(i)}`,
      paragraphs: [`All reviews of ${appLabel(i)} have been submitted.`, 'The application can be put on the agenda of the recognition committee.'],
      action: 'Put on the agenda',
    }),
  },

  'revision-submitted': {
    nl: (i) => ({
      subject: `Herziene versie ingediend: ${appName(i)}`,
      paragraphs: [
        `De indiener heeft een herziene versie van ${appLabel(i)} ingediend na de vragen van de erkenningscommissie.`,
        'Het panel beoordeelt de herziene versie in een nieuwe ronde.',
      ],
      action: 'Aanmelding openen',
    }),
    en: (i) => ({
      subject: `Revised version submitted: ${appName(i)}`,
      paragraphs: [
        `The applicant has submitted a revised version of ${appLabel(i)} after the committee's questions.`,
        'The panel reviews the revised version in a new round.',
      ],
      action: 'Open the application',
    }),
  },
} satisfies TemplateGroup;

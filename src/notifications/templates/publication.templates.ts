import { appLabel, appName, dateLabel, paragraphs } from './labels.js';
import type { TemplateGroup } from './template.types.js';

/** Publicatie en geldigheid: the listing, re-assessment, expiry. */
export const PUBLICATION_TEMPLATES = {
  published: {
    nl: (i) => ({
      subject: `Gepubliceerd in de databank: ${appName(i)}`,
      paragraphs: [
        `De interventie ${appLabel(i)} is gepubliceerd in de Databank Effectieve sociale interventies.`,
        'De erkenning is vijf jaar geldig.',
      ],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Published in the databank: ${appName(i)}`,
      paragraphs: [`The intervention ${appLabel(i)} has been published in the databank of effective social interventions.`, 'The recognition is valid for five years.'],
      action: 'View the application',
    }),
  },

  'listing-updated': {
    nl: (i) => ({
      subject: `Vermelding in de databank bijgewerkt: ${appName(i)}`,
      paragraphs: [`De vermelding van ${appLabel(i)} in de databank is bijgewerkt.`],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Databank listing updated: ${appName(i)}`,
      paragraphs: [`The listing of ${appLabel(i)} in the databank has been updated.`],
      action: 'View the application',
    }),
  },

  'reassessment-due': {
    params: ['recognisedUntil'],
    nl: (i) => ({
      subject: `Erkenning verloopt binnenkort: ${appName(i)}`,
      paragraphs: paragraphs(
        `De erkenning van ${appLabel(i)} verloopt binnenkort${dateLabel(i.params.recognisedUntil, 'nl') ? `, op ${dateLabel(i.params.recognisedUntil, 'nl')}` : ''}.`,
        'Meld de interventie tijdig aan voor herbeoordeling; zonder herbeoordeling vervalt de erkenning en verdwijnt de vermelding uit de databank.',
      ),
      action: 'Herbeoordeling aanvragen',
    }),
    en: (i) => ({
      subject: `Recognition expiring soon: ${appName(i)}`,
      paragraphs: paragraphs(
        `The recognition of ${appLabel(i)} expires soon${dateLabel(i.params.recognisedUntil, 'en') ? `, on ${dateLabel(i.params.recognisedUntil, 'en')}` : ''}.`,
        'Please apply for re-assessment in time; without it the recognition expires and the listing is withdrawn from the databank.',
      ),
      action: 'Apply for re-assessment',
    }),
  },

  'recognition-expired': {
    nl: (i) => ({
      subject: `Erkenning verlopen: ${appName(i)}`,
      paragraphs: [`De erkenning van ${appLabel(i)} is verlopen; de vermelding is uit de databank gehaald.`],
      action: 'Aanmelding bekijken',
    }),
    en: (i) => ({
      subject: `Recognition expired: ${appName(i)}`,
      paragraphs: [`The recognition of ${appLabel(i)} has expired; the listing has been withdrawn from the databank.`],
      action: 'View the application',
    }),
  },
} satisfies TemplateGroup;

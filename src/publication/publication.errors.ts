import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export enum PublicationErrorCode {
  ListingNotFound = 'LISTING_NOT_FOUND',
  ListingSuperseded = 'LISTING_SUPERSEDED',
  NotListingOwner = 'NOT_LISTING_OWNER',
  ReassessmentAlreadyOpen = 'REASSESSMENT_ALREADY_OPEN',
  DatabankNotFound = 'DATABANK_NOT_FOUND',
}

export const databankNotFound = defineError(PublicationErrorCode.DatabankNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Deze databank bestaat niet.',
  en: 'This databank does not exist.',
}));

/** Unknown and withdrawn listings look the same to the public. */
export const listingNotFound = defineError(PublicationErrorCode.ListingNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Interventie niet gevonden in de databank.',
  en: 'Intervention not found in the databank.',
}));

export const listingSuperseded = defineError(PublicationErrorCode.ListingSuperseded, HttpStatus.CONFLICT, () => ({
  nl: 'De vermelding hoort inmiddels bij een nieuwere aanmelding (herbeoordeling); werk die bij.',
  en: 'The listing now belongs to a newer application (re-assessment); update that one.',
}));

export const notListingOwner = defineError(PublicationErrorCode.NotListingOwner, HttpStatus.FORBIDDEN, () => ({
  nl: 'Alleen de eigenaar van de erkende interventie kan een herbeoordeling aanvragen.',
  en: 'Only the owner of the recognised intervention can apply for re-assessment.',
}));

const REASSESSMENT_ALREADY_OPEN = defineError<{ applicationId: string }>(PublicationErrorCode.ReassessmentAlreadyOpen, HttpStatus.CONFLICT, () => ({
  nl: 'Er loopt al een herbeoordeling voor deze interventie.',
  en: 'A re-assessment of this intervention is already under way.',
}));

export const reassessmentAlreadyOpen = (applicationId: string) => REASSESSMENT_ALREADY_OPEN({ applicationId });

const PUBLIC_API_RATE_LIMITED = defineError<{ retryAfterSeconds: number }>('PUBLIC_API_RATE_LIMITED', HttpStatus.TOO_MANY_REQUESTS, ({ retryAfterSeconds }) => ({
  nl: `Te veel verzoeken. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
  en: `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
}));

export const publicApiRateLimited = (retryAfterSeconds: number) => PUBLIC_API_RATE_LIMITED({ retryAfterSeconds });

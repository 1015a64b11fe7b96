import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

export enum PublicationErrorCode {
  ListingNotFound = 'LISTING_NOT_FOUND',
  ListingSuperseded = 'LISTING_SUPERSEDED',
  NotListingOwner = 'NOT_LISTING_OWNER',
  ReassessmentAlreadyOpen = 'REASSESSMENT_ALREADY_OPEN',
  DatabankNotFound = 'DATABANK_NOT_FOUND',
}

export function databankNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PublicationErrorCode.DatabankNotFound,
    message: 'Deze databank bestaat niet. / This databank does not exist.',
  });
}

/** Unknown and withdrawn listings look the same to the public. */
export function listingNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PublicationErrorCode.ListingNotFound,
    message: 'Interventie niet gevonden in de databank. / Intervention not found in the databank.',
  });
}

export function listingSuperseded(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: PublicationErrorCode.ListingSuperseded,
    message:
      'De vermelding hoort inmiddels bij een nieuwere aanmelding (herbeoordeling); werk die bij. / ' +
      'The listing now belongs to a newer application (re-assessment); update that one.',
  });
}

export function notListingOwner(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: PublicationErrorCode.NotListingOwner,
    message:
      'Alleen de eigenaar van de erkende interventie kan een herbeoordeling aanvragen. / ' +
      'Only the owner of the recognised intervention can apply for re-assessment.',
  });
}

export function reassessmentAlreadyOpen(applicationId: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: PublicationErrorCode.ReassessmentAlreadyOpen,
    message:
      'Er loopt al een herbeoordeling voor deze interventie. / A re-assessment of this intervention is already under way.',
    applicationId,
  });
}

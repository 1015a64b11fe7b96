import { ConflictException, NotFoundException } from '@nestjs/common';
import type { ErasureRefusal } from './erasure-refusals.js';

export enum PrivacyErrorCode {
  PersonNotFound = 'PERSON_NOT_FOUND',
  ErasureRefused = 'ERASURE_REFUSED',
}

export function personNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: PrivacyErrorCode.PersonNotFound,
    message: 'Gebruiker niet gevonden. / User not found.',
  });
}

/** What stands in the way, each with its code and the cases it concerns (references only). */
export function erasureRefused(refusals: ErasureRefusal[]): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: PrivacyErrorCode.ErasureRefused,
    message: 'Deze persoon kan (nog) niet worden gewist; zie de redenen. / This person cannot be erased (yet); see the reasons.',
    refusals,
  });
}

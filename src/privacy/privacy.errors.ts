import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import type { ErasureRefusal } from './erasure-refusals.js';

export enum PrivacyErrorCode {
  PersonNotFound = 'PERSON_NOT_FOUND',
  ErasureRefused = 'ERASURE_REFUSED',
}

export const personNotFound = defineError(PrivacyErrorCode.PersonNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Gebruiker niet gevonden.',
  en: 'User not found.',
}));

const ERASURE_REFUSED = defineError(PrivacyErrorCode.ErasureRefused, HttpStatus.CONFLICT, () => ({
  nl: 'Deze persoon kan (nog) niet worden gewist; zie de redenen.',
  en: 'This person cannot be erased (yet); see the reasons.',
}));

/** What stands in the way, each with its code and the cases it concerns (references only). */
export const erasureRefused = (refusals: ErasureRefusal[]) => ERASURE_REFUSED({}, { refusals });

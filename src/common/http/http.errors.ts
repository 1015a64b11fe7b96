import { HttpStatus } from '@nestjs/common';
import { defineError } from '../errors/define-error.js';

/** The codes of the HTTP layer for a body that cannot be read and a failure on our side; refused fields are validation.ts's. */
export const invalidJson = defineError('INVALID_JSON', HttpStatus.BAD_REQUEST, () => ({
  nl: 'De inhoud van het verzoek is geen geldig JSON-object.',
  en: 'The request body is not a valid JSON object.',
}));

export const payloadTooLarge = defineError('PAYLOAD_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, () => ({
  nl: 'Het verzoek is te groot.',
  en: 'The request is too large.',
}));

export const unsupportedMediaType = defineError<{ accepted: string[] }>('UNSUPPORTED_MEDIA_TYPE', HttpStatus.UNSUPPORTED_MEDIA_TYPE, ({ accepted }) => ({
  nl: `Dit verzoek neemt alleen ${accepted.join(', ')} aan.`,
  en: `This request only takes ${accepted.join(', ')}.`,
}));

export const internalError = defineError('INTERNAL_ERROR', HttpStatus.INTERNAL_SERVER_ERROR, () => ({
  nl: 'Er ging iets mis aan onze kant.',
  en: 'Something went wrong on our side.',
}));

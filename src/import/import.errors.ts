import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';

export const importFileInvalid = defineError<{ problemCount: number }>('IMPORT_FILE_INVALID', HttpStatus.BAD_REQUEST, ({ problemCount }) => ({
  nl: `Het bestand heeft ${problemCount} probleem/problemen; er is niets geïmporteerd.`,
  en: `The file has ${problemCount} problem(s); nothing was imported.`,
}));

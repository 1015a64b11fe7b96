import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HttpStatus } from '@nestjs/common';
import { errorsEn } from '../../../web/src/i18n/errors-en.js';
import { errorsNl } from '../../../web/src/i18n/errors-nl.js';
import { errorText } from '../../../web/src/lib/error-text.js';
import { defineError, definedErrors } from './define-error.js';

const SOURCE = join(import.meta.dirname, '../..');

/** Every source file that defines an error the API can answer with. */
function filesDefiningErrors(): string[] {
  return readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.startsWith('common/errors/'))
    .filter((path) => /\bdefineError[<(]/.test(readFileSync(join(SOURCE, path), 'utf8')));
}

async function serverErrorCodes(): Promise<string[]> {
  for (const path of filesDefiningErrors()) await import(pathToFileURL(join(SOURCE, path)).href);
  return [...definedErrors().keys()].filter((code) => !code.startsWith('ERROR_WORDING_SPEC_'));
}

describe('every error code of the API has words in Dutch and English', () => {
  it('finds the error definitions of the modules', async () => {
    const codes = await serverErrorCodes();
    expect(codes).toEqual(expect.arrayContaining(['STALE_VERSION', 'VALIDATION_FAILED', 'DOCUMENTS_LOCKED', 'LOGIN_RATE_LIMITED', 'ACCOUNT_LINK_EXPIRED']));
    expect(codes.length).toBeGreaterThan(80);
  });

  it('words every code the server defines, in both catalogues', async () => {
    const codes = await serverErrorCodes();
    expect(codes.filter((code) => !Object.hasOwn(errorsNl, code)).map((code) => `${code} has no wording in web/src/i18n/errors-nl.ts`)).toEqual([]);
    expect(Object.keys(errorsEn).sort()).toEqual(Object.keys(errorsNl).sort());
  });

  it('words no code the server does not answer with (a defined code, or the framework code of an HTTP status)', async () => {
    const known = new Set([...(await serverErrorCodes()), ...Object.keys(HttpStatus).filter((name) => Number.isNaN(Number(name)))]);
    expect(Object.keys(errorsNl).filter((code) => !known.has(code))).toEqual([]);
  });

  it('says every code as a sentence, even without its params', () => {
    for (const [code, words] of [...Object.entries(errorsNl), ...Object.entries(errorsEn)] as [string, (params: object) => string][]) {
      const text = words({});
      expect({ code, text, undefinedInText: text.includes('undefined') }).toEqual({ code, text: expect.stringMatching(/^\S.*[.!?]$/s), undefinedInText: false });
    }
  });
});

describe('a domain error', () => {
  it('answers with its status, code, params and a default message for API clients; its code cannot be defined twice', () => {
    const shelfFull = defineError<{ max: number }>('ERROR_WORDING_SPEC_SHELF_FULL', HttpStatus.CONFLICT, ({ max }) => ({
      nl: `De plank is vol (hoogstens ${max}).`,
      en: `The shelf is full (at most ${max}).`,
    }));
    const error = shelfFull({ max: 3 }, { shelf: 'A' });
    expect(error.getStatus()).toBe(409);
    expect(error.getResponse()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'ERROR_WORDING_SPEC_SHELF_FULL',
      params: { max: 3 },
      max: 3,
      shelf: 'A',
      message: 'De plank is vol (hoogstens 3). / The shelf is full (at most 3).',
    });
    expect(() => defineError('ERROR_WORDING_SPEC_SHELF_FULL', HttpStatus.CONFLICT, () => ({ nl: '', en: '' }))).toThrow(/defined twice/);
  });

  it('is worded by the web app from its params; an unknown code gets a general sentence with the code, never the English message', () => {
    expect(errorText('REVIEWS_INCOMPLETE', { submitted: 1, panel: 3 }, 'nl')).toBe(
      'Nog niet alle beoordelingen zijn ingediend (1 van 3); alleen complete zaken gaan op de agenda.',
    );
    expect(errorText('FILE_TOO_LARGE', { maxBytes: 20 * 1024 * 1024 }, 'en')).toBe('The file is too large: at most 20 MB.');
    expect(errorText('MEETING_NOT_STARTED', { decidableFrom: '2026-12-08T13:00:00.000Z' }, 'nl')).toBe(
      'Het besluit kan pas worden vastgelegd vanaf het begin van de vergadering, 8 december 2026 om 14:00.',
    );
    expect(errorText('SHELF_FULL', { max: 3 }, 'nl')).toBe('Dit is niet gelukt (foutcode SHELF_FULL). Probeer het opnieuw of neem contact op met het secretariaat.');
  });
});

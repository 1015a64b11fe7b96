import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

/** Trims strings; leaves other values for the type validators to refuse. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export function countWords(text: string): number {
  const trimmed = text.trim();
  // Only tokens with a letter or digit: the werkblad's line markers ("## ", "- ") and a lone dash are not words.
  return trimmed ? trimmed.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length : 0;
}

/** At most `max` words (whitespace-separated), for the template's word limits. */
export function MaxWords(max: number): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'maxWords',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || countWords(value) <= max,
        defaultMessage: () => `${String(propertyName)} mag hoogstens ${max} woorden hebben / must have at most ${max} words`,
      },
    });
  };
}

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
 * formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that make a name
 * read otherwise in an e-mail or a letter than it is stored: "Stichting U+202E fdp.exe" shows as
 * "Stichting exe.pdf".
 */
const NOT_IN_A_LINE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** For single-line text (names, titles, organisations, subjects): no control or bidi characters; multi-line text keeps its newlines and tabs. */
export function SingleLine(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'singleLine',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !NOT_IN_A_LINE.test(value),
        defaultMessage: () =>
          `${String(propertyName)} mag geen regeleinden of stuur- en richtingstekens bevatten / ` +
          `${String(propertyName)} must not contain line breaks or control or direction characters`,
      },
    });
  };
}

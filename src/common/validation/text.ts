import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

/** Trims strings; leaves other values for the type validators to refuse. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
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

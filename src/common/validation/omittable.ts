import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * The field may be left out, but not sent as null: unlike @IsOptional(), a null is validated like
 * any other value (and so refused by the type rule). @IsOptional() is for fields where null means
 * "clear it", typed `| null`; elsewhere a null slipped past validation into NOT NULL columns.
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}

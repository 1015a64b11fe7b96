import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage } from 'class-validator';

interface ValidationMetadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints: unknown[];
  each: boolean;
}

/**
 * The DTOs carry class-validator rules but no @ApiProperty, so the OpenAPI document would show
 * every request body as an empty object. Before the document is built, this derives the
 * @ApiProperty of every validated property from its rules (type, required, enum, lengths,
 * ranges, pattern, nested classes), so the document — and the web client's types generated from
 * it — name every field. A property that already has its own @ApiProperty is left alone.
 */
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const done = new WeakSet<Function>();

export function describeValidatedDtos(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function | string, ValidationMetadata[]> };
  const classes = [...storage.validationMetadatas.keys()].filter((target): target is Function => typeof target === 'function');
  // Parents first: a subclass's property list must extend its parent's finished list.
  classes.sort((a, b) => depth(a) - depth(b));
  for (const target of classes) {
    if (done.has(target)) continue;
    done.add(target);
    const own = storage.validationMetadatas.get(target) ?? [];
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of own) byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    for (const [property, rules] of byProperty) {
      if (Reflect.getOwnMetadata(SWAGGER_PROPERTY, target.prototype, property)) continue;
      ApiProperty(propertyOptions(target, property, rules))(target.prototype, property);
    }
  }
}

function depth(target: Function): number {
  let count = 0;
  for (let proto = Object.getPrototypeOf(target); proto && proto !== Function.prototype; proto = Object.getPrototypeOf(proto)) count++;
  return count;
}

function propertyOptions(target: Function, property: string, rules: ValidationMetadata[]): ApiPropertyOptions {
  const rule = (name: string) => rules.find((r) => r.name === name);
  // @IsOptional() takes null too; @IsOmittable() (a nameless ValidateIf) only leaves the field out.
  const nullable = rules.some((r) => r.name === 'isOptional');
  const optional = nullable || rules.some((r) => r.type === 'conditionalValidation');
  const options: Record<string, unknown> = { required: !optional };
  options.nullable = nullable;
  const isArray = rules.some((r) => r.name === 'isArray' || r.each);
  let type: unknown;
  let format: string | undefined;
  if (rules.some((r) => r.type === 'nestedValidation')) {
    type = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction();
  } else if (rule('isIn')) {
    options.enum = [...(rule('isIn')!.constraints[0] as unknown[])];
  } else if (rule('isInt')) type = 'integer';
  else if (rule('isNumber')) type = 'number';
  else if (rule('isBoolean')) type = 'boolean';
  else if (['isString', 'isEmail', 'isUuid', 'matches', 'minLength', 'maxLength', 'isDateString', 'isIso8601'].some((name) => rule(name))) {
    type = 'string';
    if (rule('isEmail')) format = 'email';
    if (rule('isUuid')) format = 'uuid';
    if (rule('isDateString') || rule('isIso8601')) format = 'date-time';
  }
  if (type !== undefined) options.type = type;
  if (format) options.format = format;
  if (isArray) options.isArray = true;
  const number = (name: string) => rule(name)?.constraints[0] as number | undefined;
  if (number('minLength') !== undefined) options.minLength = number('minLength');
  if (number('maxLength') !== undefined) options.maxLength = number('maxLength');
  if (number('min') !== undefined) options.minimum = number('min');
  if (number('max') !== undefined) options.maximum = number('max');
  if (number('arrayMinSize') !== undefined) options.minItems = number('arrayMinSize');
  if (number('arrayMaxSize') !== undefined) options.maxItems = number('arrayMaxSize');
  if (rule('arrayUnique')) options.uniqueItems = true;
  const pattern = rule('matches')?.constraints[0];
  if (pattern instanceof RegExp) options.pattern = pattern.source;
  return options as ApiPropertyOptions;
}

import { HttpStatus, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { defineError } from '../errors/define-error.js';
import { findInputProblems } from '../validation/input-limits.js';
import { ruleOfConstraint, type RuleParams } from './field-rules.js';

/**
 * One refused field: the rule it breaks with that rule's parameters (`{field: 'themes', rule:
 * 'maxItems', max: 10}`) for the client to word, and a readable `reason` for API clients. Domain
 * checks that name no rule give the reason only.
 */
export interface FieldError extends RuleParams {
  field: string;
  reason: string;
  rule?: string;
}

/** The constraints a decorator was given (`10` of `@ArrayMaxSize(10)`), found by its name on the validated class. */
function decoratorConstraints(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((entry) => entry.propertyName === property && (entry.name === name || entry.type === name));
  return metadata?.constraints ?? [];
}

/** Flattens nested class-validator errors into `field` paths such as `sections.summary`, each with its rule. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // A field left out (or null) breaks its type rule, but what the user needs to hear is that it is required.
    const missing = error.value === undefined || error.value === null;
    const own = Object.entries(error.constraints ?? {}).map(([name, reason]): FieldError => ({
      field,
      ...(missing && name !== 'whitelistValidation' ? { rule: 'required' } : ruleOfConstraint(name, decoratorConstraints(error.target, error.property, name))),
      reason,
    }));
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

export const VALIDATION_FAILED = defineError<Record<never, never>, { errors: FieldError[] }>('VALIDATION_FAILED', HttpStatus.BAD_REQUEST, () => ({
  nl: 'De invoer is niet geldig.',
  en: 'The input is not valid.',
}));

/** 400 naming every refused field with its rule. */
export const validationFailed = (errors: FieldError[]) => VALIDATION_FAILED({}, { errors });

/**
 * Checks what no DTO can express (see findInputProblems) on every body, query and path
 * parameter — JSON or multipart, with a DTO or without — before class-transformer walks it.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = findInputProblems(value, metadata.data ?? '');
      if (problems.length) throw validationFailed(problems);
    }
    return super.transform(value, metadata);
  }
}

/** Rejects unknown fields and wrong types with a 400 that names every field and its reason. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // toFieldErrors reads the target (for the decorator's parameters) and the value (missing or not); neither is sent.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}

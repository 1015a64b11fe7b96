import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { findInputProblems } from '../validation/input-limits.js';

export interface FieldError {
  field: string;
  reason: string;
}

/** Flattens nested class-validator errors into `field` paths such as `sections.summary`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

export function validationFailed(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: 'De invoer is niet geldig. / The input is not valid.',
    errors,
  });
}

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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
  });
}

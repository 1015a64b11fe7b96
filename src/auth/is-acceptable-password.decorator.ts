import { registerDecorator, type ValidationArguments } from 'class-validator';
import { MAXIMUM_PASSWORD_LENGTH, MINIMUM_PASSWORD_LENGTH, passwordProblem } from './password-policy.js';

/** class-validator rule: length limits and not one of the most common passwords. */
export function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      // The length limits, for the field error's parameters (the client words the rule).
      constraints: [MINIMUM_PASSWORD_LENGTH, MAXIMUM_PASSWORD_LENGTH],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string'
            ? passwordProblem(args.value)!
            : 'Het wachtwoord moet tekst zijn. / The password must be a string.',
      },
    });
  };
}

import { registerDecorator, type ValidationArguments } from 'class-validator';
import { passwordProblem } from './password-policy.js';

/** class-validator rule: length limits and not one of the most common passwords. */
export function IsAcceptablePassword(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
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

import { ConflictException, ForbiddenException, UnauthorizedException } from '@nestjs/common';

/** The password was right; the account needs a code from the authenticator app (or a recovery code) too. */
export const secondFactorRequired = () =>
  new UnauthorizedException({
    statusCode: 401,
    error: 'Unauthorized',
    code: 'SECOND_FACTOR_REQUIRED',
    message: 'Vul de code uit uw authenticator-app in. / Enter the code from your authenticator app.',
  });

/** The password was right, but the role needs two-factor sign-in and the account has not set it up. */
export const twoFactorEnrolmentRequired = () =>
  new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: 'TWO_FACTOR_ENROLMENT_REQUIRED',
    message:
      'Uw rol vraagt inloggen in twee stappen. Stel eerst een authenticator-app in. / Your role requires two-step sign-in. Set up an authenticator app first.',
  });

/** Wrong, expired or already used code: one answer for all three. */
export const invalidCode = () =>
  new UnauthorizedException({
    statusCode: 401,
    error: 'Unauthorized',
    code: 'TWO_FACTOR_CODE_INVALID',
    message:
      'De code is onjuist, verlopen of al gebruikt. Wacht op een nieuwe code. / The code is wrong, expired or already used. Wait for a new code.',
  });

export const twoFactorAlreadyEnabled = () =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'TWO_FACTOR_ALREADY_ENABLED',
    message: 'Inloggen in twee stappen staat al aan. / Two-step sign-in is already on.',
  });

export const noEnrolmentStarted = () =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'TWO_FACTOR_ENROLMENT_NOT_STARTED',
    message: 'Er is geen instelling van een authenticator-app begonnen. Begin opnieuw. / No authenticator set-up was started. Start again.',
  });

export const twoFactorNotEnabled = () =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'TWO_FACTOR_NOT_ENABLED',
    message: 'Inloggen in twee stappen staat niet aan. / Two-step sign-in is not on.',
  });

export const twoFactorRequiredForRole = () =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: 'TWO_FACTOR_REQUIRED_FOR_ROLE',
    message:
      'Uw rol vraagt inloggen in twee stappen; u kunt het niet uitzetten. / Your role requires two-step sign-in; you cannot turn it off.',
  });

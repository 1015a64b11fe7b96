import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config.js';
import { Public } from '../decorators.js';
import { setSessionCookie } from '../session-cookie.js';
import { clearFlowCookie, readFlowCookie, setFlowCookie } from './oidc-flow-cookie.js';
import { OidcRefusal } from './oidc-refusal.js';
import { OidcSignIn } from './oidc-sign-in.service.js';
import { OIDC_SETTINGS } from './oidc-settings.provider.js';
import type { OidcSettings } from './oidc-settings.js';

/** Whether the login page offers sign-in with the identity provider, and the name on its button. */
export interface OidcAvailability {
  enabled: boolean;
  buttonLabel: string | null;
}

/** The web application's login page, which shows a refusal by its code (?oidc=CODE). */
const LOGIN_PAGE = '/inloggen';

/**
 * Sign-in with the organisation's identity provider. Start and callback are browser navigations,
 * so they answer with redirects: on to the provider, then to the app's home page with the session
 * cookie, or back to the login page naming why the sign-in was refused.
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly signIn: OidcSignIn,
    private readonly config: AppConfig,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null,
  ) {}

  @Public()
  @Get()
  availability(): OidcAvailability {
    return { enabled: this.settings !== null, buttonLabel: this.settings?.buttonLabel ?? null };
  }

  /** Redirects (303) to the identity provider, or back to the login page when sign-in cannot start. */
  @Public()
  @Get('start')
  async start(@Req() request: Request, @Res() response: Response) {
    try {
      const { flowKey, authorizationUrl } = await this.signIn.start(clientIp(request));
      setFlowCookie(response, this.config, flowKey);
      response.redirect(303, authorizationUrl.href);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  /** Where the identity provider sends the browser back with the code. */
  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response) {
    const query = new URL(request.originalUrl, 'http://callback.invalid').search;
    clearFlowCookie(response, this.config);
    try {
      const { token, expiresAt } = await this.signIn.finish(readFlowCookie(request), query, clientIp(request));
      setSessionCookie(response, this.config, token, expiresAt);
      response.redirect(303, new URL('/', this.config.APP_URL).href);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  private refuse(response: Response, error: unknown) {
    if (!(error instanceof OidcRefusal)) throw error;
    const loginPage = new URL(LOGIN_PAGE, this.config.APP_URL);
    loginPage.searchParams.set('oidc', error.code);
    response.redirect(303, loginPage.href);
  }
}

function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

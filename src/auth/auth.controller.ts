import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { userView } from '../users/dto/user.view.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, Public } from './decorators.js';
import { LoginDto } from './dto/login.dto.js';
import { RegisterDto } from './dto/register.dto.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';
import { BearerTokenView, SignedInView } from './signed-in.view.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Owners register themselves and are signed in at once. */
  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: SignedInView })
  async register(@Body() body: RegisterDto, @Res({ passthrough: true }) response: Response): Promise<SignedInView> {
    const { user, token, expiresAt } = await this.auth.register(body);
    setSessionCookie(response, this.config, token, expiresAt);
    return { user: userView(user), expiresAt };
  }

  /** Browser sign-in: the session token goes into an httpOnly cookie only. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInView })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignedInView> {
    const { user, token, expiresAt } = await this.auth.login(body.email, body.password, clientIp(request), body, userAgent(request));
    setSessionCookie(response, this.config, token, expiresAt);
    return { user: userView(user), expiresAt };
  }

  /** API clients: the same kind of session, handed out as a bearer token. */
  @Public()
  @Post('tokens')
  @HttpCode(200)
  @ApiOkResponse({ type: BearerTokenView })
  async token(@Body() body: LoginDto, @Req() request: Request): Promise<BearerTokenView> {
    const { user, token, expiresAt } = await this.auth.login(body.email, body.password, clientIp(request), body, userAgent(request));
    return { user: userView(user), token, tokenType: 'Bearer' as const, expiresAt };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out: the session has ended and its cookie is cleared.' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response) {
    await this.sessions.end(user.sessionId);
    clearSessionCookie(response, this.config);
  }
}

export function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** What the session list shows as the device; cut short, it is only a hint. */
export function userAgent(request: Request): string | undefined {
  return request.header('user-agent')?.slice(0, 300) || undefined;
}

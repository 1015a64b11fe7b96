import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config.js';
import { userView } from '../../users/dto/user.view.js';
import { UsersService } from '../../users/users.service.js';
import { AccountMailer } from '../account-links/account-mailer.js';
import type { AuthUser } from '../auth-user.js';
import { AuthAuditLog } from '../auth-audit-log.js';
import { clientIp, userAgent } from '../auth.controller.js';
import { AuthService } from '../auth.service.js';
import { CurrentUser, Public, Roles } from '../decorators.js';
import { setSessionCookie } from '../session-cookie.js';
import { SessionsService } from '../sessions.service.js';
import { EnrolmentConfirmDto, EnrolmentStartDto } from './dto/enrolment-sign-in.dto.js';
import { TwoFactorCodeDto } from './dto/two-factor-code.dto.js';
import { TwoFactorService } from './two-factor.service.js';
import { twoFactorNotEnabled } from './two-factor.errors.js';

@ApiTags('auth')
@Controller()
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly mailer: AccountMailer,
    private readonly audit: AuthAuditLog,
    private readonly config: AppConfig,
  ) {}

  /**
   * First set-up by someone whose role needs it and who has no session yet (the password proves
   * who asks). The secret is shown in this answer only.
   */
  @Public()
  @Post('auth/two-factor/enrolment')
  @HttpCode(200)
  async startAtSignIn(@Body() body: EnrolmentStartDto, @Req() request: Request) {
    const user = await this.auth.checkPassword(body.email, body.password, clientIp(request));
    return this.twoFactor.startEnrolment(user);
  }

  /** The first code turns it on and signs in; the recovery codes are in this answer only. */
  @Public()
  @Post('auth/two-factor/enrolment/confirm')
  @HttpCode(200)
  async confirmAtSignIn(@Body() body: EnrolmentConfirmDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const ip = clientIp(request);
    const user = await this.auth.checkPassword(body.email, body.password, ip);
    const recoveryCodes = await this.twoFactor.confirmEnrolment(user.id, body.code, ip);
    const { user: signedIn, token, expiresAt } = await this.auth.startAfterEnrolment(user, ip, userAgent(request));
    setSessionCookie(response, this.config, token, expiresAt);
    return { user: userView(signedIn), expiresAt, recoveryCodes };
  }

  @Get('me/two-factor')
  status(@CurrentUser() user: AuthUser) {
    return this.twoFactor.status(user.id, user.roles);
  }

  @Post('me/two-factor/enrolment')
  @HttpCode(200)
  startForMe(@CurrentUser() user: AuthUser) {
    return this.twoFactor.startEnrolment(user);
  }

  @Post('me/two-factor/enrolment/confirm')
  @HttpCode(200)
  async confirmForMe(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @Req() request: Request) {
    return { recoveryCodes: await this.twoFactor.confirmEnrolment(user.id, body.code, clientIp(request)) };
  }

  @Post('me/two-factor/disable')
  @HttpCode(204)
  async disable(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @Req() request: Request) {
    await this.twoFactor.disable(user, body.code, clientIp(request));
  }

  @Post('me/two-factor/recovery-codes')
  @HttpCode(200)
  async renewRecoveryCodes(@CurrentUser() user: AuthUser, @Body() body: TwoFactorCodeDto, @Req() request: Request) {
    return { recoveryCodes: await this.twoFactor.renewRecoveryCodes(user.id, body.code, clientIp(request)) };
  }

  /**
   * An admin turns it off for someone who lost their phone and recovery codes: every session of
   * theirs ends, they set it up again at the next sign-in, and they are told by mail.
   */
  @Roles('admin')
  @Post('users/:id/two-factor/reset')
  @HttpCode(200)
  async resetByAdmin(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request) {
    const user = await this.users.get(id);
    if (!(await this.twoFactor.remove(id))) throw twoFactorNotEnabled();
    const ended = await this.sessions.endAllFor(id);
    await this.audit.record({ eventType: 'two_factor_reset_by_admin', userId: id, actorId: admin.id, ip: clientIp(request), details: { sessionsEnded: ended } });
    this.mailer.sendLater('two_factor_reset', user, '/inloggen');
    return { sessionsEnded: ended };
  }
}

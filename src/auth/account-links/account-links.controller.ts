import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { clientIp } from '../auth.controller.js';
import { Public } from '../decorators.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountLinkDto, CompleteAccountLinkDto } from './dto/account-link.dto.js';
import { PasswordResetRequestDto } from './dto/password-reset-request.dto.js';

/**
 * Password reset and the page behind an invitation or reset link. The token travels in request
 * bodies only, never in a URL the server would log.
 */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(private readonly links: AccountLinksService) {}

  /** The same answer whether or not the address has an account. */
  @Public()
  @Post('password-reset')
  @HttpCode(202)
  async requestReset(@Body() body: PasswordResetRequestDto, @Req() request: Request) {
    await this.links.requestReset(body.email, clientIp(request));
    return {
      message:
        'Als er een account met dit e-mailadres is, ontvangt u een e-mail met een link. / If an account with this e-mail address exists, you will receive an e-mail with a link.',
    };
  }

  @Public()
  @Post('account-links/inspect')
  @HttpCode(200)
  async inspect(@Body() body: AccountLinkDto, @Req() request: Request) {
    return this.links.inspect(body.token, clientIp(request));
  }

  /** Sets the password; no session starts here: the person signs in (and sets up two-step sign-in) next. */
  @Public()
  @Post('account-links/complete')
  @HttpCode(200)
  async complete(@Body() body: CompleteAccountLinkDto, @Req() request: Request) {
    return this.links.complete(body.token, body.password, clientIp(request));
  }
}

import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UpdateProfileDto } from '../users/dto/update-user.dto.js';
import { UserView, userView } from '../users/dto/user.view.js';
import { UsersService } from '../users/users.service.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { CurrentUser } from './decorators.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserView })
  async me(@CurrentUser() user: AuthUser): Promise<UserView> {
    return userView(await this.users.get(user.id));
  }

  @Patch()
  @ApiOkResponse({ type: UserView })
  async update(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<UserView> {
    return userView(await this.users.update(user.id, body));
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed; the other sessions of this user have ended.' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto) {
    await this.auth.changePassword(user.id, user.sessionId, user.email, body.currentPassword, body.newPassword);
  }
}

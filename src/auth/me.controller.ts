import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateProfileDto } from '../users/dto/update-user.dto.js';
import { userView } from '../users/dto/user.view.js';
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
  async me(@CurrentUser() user: AuthUser) {
    return userView(await this.users.get(user.id));
  }

  @Patch()
  async update(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto) {
    return userView(await this.users.update(user.id, body));
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto) {
    await this.auth.changePassword(user.id, user.sessionId, user.email, body.currentPassword, body.newPassword);
  }
}

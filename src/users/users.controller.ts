import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators.js';
import { ListUsersQuery } from './dto/list-users.query.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { userView } from './dto/user.view.js';
import { UsersService } from './users.service.js';

/** Account administration: admins change roles and disable accounts (new accounts are invited: InvitationsController). */
@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() query: ListUsersQuery) {
    return (await this.users.list(query.role)).map(userView);
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return userView(await this.users.get(id));
  }

  @Patch(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto) {
    return userView(await this.users.update(id, body));
  }

  @Post(':id/disable')
  @HttpCode(200)
  async disable(@Param('id', ParseUUIDPipe) id: string) {
    return userView(await this.users.disable(id));
  }

  @Post(':id/enable')
  @HttpCode(200)
  async enable(@Param('id', ParseUUIDPipe) id: string) {
    return userView(await this.users.enable(id));
  }
}

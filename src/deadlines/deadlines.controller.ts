import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { DeadlinesService } from './deadlines.service.js';
import { CompleteDeadlineDto, ExtendDeadlineDto } from './dto/extend-deadline.dto.js';
import { TodoQuery } from './dto/todo.query.js';
import { TodoService } from './todo.service.js';
import { TodoPage } from './todo.view.js';

@ApiTags('deadlines')
@Controller()
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly todo: TodoService,
  ) {}

  /** What awaits the signed-in user across all applications, by due date, a page at a time. */
  @Get('me/todo')
  @ApiOkResponse({ type: TodoPage })
  myTodo(@CurrentUser() user: AuthUser, @Query() query: TodoQuery): Promise<TodoPage> {
    return this.todo.list(user, query);
  }

  /** The deadlines of one application: staff see all; owners theirs; a reviewer their own. */
  @Get('applications/:id/deadlines')
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deadlines.listFor(user, id);
  }

  /** The secretary extends a deadline: new due date, new reminders (the old ones are dropped). */
  @Roles('secretary')
  @Post('deadlines/:id/extend')
  @HttpCode(200)
  extend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ExtendDeadlineDto) {
    return this.deadlines.extend(user, id, body);
  }

  /** The secretary marks a deadline met that the system cannot see being met (the agenda went out). */
  @Roles('secretary')
  @Post('deadlines/:id/complete')
  @HttpCode(200)
  complete(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: CompleteDeadlineDto) {
    return this.deadlines.complete(user, id, body);
  }

  /** The secretary's view of a meeting's agenda mailing: how many cases wait for it, by when. */
  @Roles('secretary')
  @Get('meetings/:id/agenda-mailing')
  agendaMailing(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deadlines.agendaStatus(user, id);
  }

  /** The agenda mail as it would go now, in each recipient language, and who receives it; nothing is sent. */
  @Roles('secretary')
  @Post('meetings/:id/agenda-mailing/preview')
  @HttpCode(200)
  previewAgenda(@Param('id', ParseUUIDPipe) id: string) {
    return this.deadlines.previewAgenda(id);
  }

  /** The secretary sends the agenda and dossiers of a meeting to its committee: its cases' agenda deadlines are met. */
  @Roles('secretary')
  @Post('meetings/:id/agenda-mailing/send')
  @HttpCode(200)
  sendAgenda(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deadlines.sendAgenda(user, id);
  }
}

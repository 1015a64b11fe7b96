import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { CreateCommentDto, ListCommentsQuery } from './dto/comment.dto.js';
import { SectionComments } from './section-comments.service.js';

/** Threaded comments per werkblad section. */
@ApiTags('description')
@Controller('applications/:id/description/comments')
export class SectionCommentsController {
  constructor(private readonly comments: SectionComments) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: ListCommentsQuery) {
    return this.comments.list(user, id, query);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCommentDto) {
    return this.comments.create(user, id, body);
  }

  @Post(':commentId/resolve')
  @HttpCode(200)
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ) {
    return this.comments.setStatus(user, id, commentId, 'resolved');
  }

  @Post(':commentId/reopen')
  @HttpCode(200)
  reopen(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ) {
    return this.comments.setStatus(user, id, commentId, 'open');
  }
}

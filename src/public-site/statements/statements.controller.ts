import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user.js';
import { CurrentUser, Roles } from '../../auth/decorators.js';
import { PutStatementDto, StatementKindParam } from './statement.dto.js';
import { StatementsService } from './statements.service.js';

/** The admin edits the public website's accessibility and privacy statements. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  list() {
    return this.statements.list();
  }

  /** Replaces the text in both languages and the contact address; the public page shows it at once. */
  @Put(':kind')
  put(@Param() { kind }: StatementKindParam, @Body() body: PutStatementDto, @CurrentUser() user: AuthUser) {
    return this.statements.put(kind, body, user.id);
  }
}

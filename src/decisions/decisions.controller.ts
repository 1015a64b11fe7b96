import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { DecisionLettersService } from './decision-letters.service.js';
import { DecisionsService } from './decisions.service.js';
import {
  ConfirmConditionsDto,
  LodgeObjectionDto,
  RecordDecisionDto,
  ResolveObjectionDto,
  SendDecisionLetterDto,
  SubmitRevisionDto,
} from './dto/decision.dto.js';

/** The committee's decision and what follows it: letter, conditions, revision, objection. */
@ApiTags('decisions')
@Controller('applications')
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly letters: DecisionLettersService,
  ) {}

  /** The chair records the decision; a decision outside the rules is refused with 400 naming the rule. */
  @Roles('chair')
  @Post(':id/decision')
  record(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: RecordDecisionDto) {
    return this.decisions.record(user, id, body);
  }

  /** The secretary sends the draft letter; only then do the owner and the others hear of the decision. */
  @Roles('secretary')
  @Post(':id/decision-letter/send')
  @HttpCode(200)
  sendLetter(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SendDecisionLetterDto) {
    return this.decisions.sendLetter(user, id, body);
  }

  /** The draft letter (PDF, to read in the browser) for the chair and the secretaries; 404 for anyone else. */
  @Get(':id/decision-letter/draft')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async draftLetter(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const { content, fileName } = await this.letters.draft(user, id);
    return new StreamableFile(content, { type: 'application/pdf', disposition: `inline; filename="${fileName}"`, length: content.length });
  }

  /** Who will receive the letter and who is told, for the confirmation before sending (chair and secretaries). */
  @Get(':id/decision-letter/addressees')
  addressees(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.letters.addressees(user, id);
  }

  @Get(':id/decisions')
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.decisions.list(user, id);
  }

  /** The latest decision letter (PDF) of the application. */
  @Get(':id/decision-letter')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async letter(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    const { content, fileName } = await this.letters.latest(user, id);
    return new StreamableFile(content, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"`, length: content.length });
  }

  @Roles('secretary')
  @Post(':id/conditions/confirm')
  @HttpCode(200)
  confirmConditions(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ConfirmConditionsDto) {
    return this.decisions.confirmConditions(user, id, body);
  }

  /** After a deferral: the owner's answers; the same panel reviews the next round. */
  @Roles('owner')
  @Post(':id/revision')
  @HttpCode(200)
  submitRevision(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: SubmitRevisionDto) {
    return this.decisions.submitRevision(user, id, body);
  }

  /** Within six weeks of the decision; afterwards 409 OBJECTION_PERIOD_ENDED. */
  @Roles('owner')
  @Post(':id/objection')
  lodgeObjection(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: LodgeObjectionDto) {
    return this.decisions.lodgeObjection(user, id, body);
  }

  @Roles('chair')
  @Post(':id/objection/resolve')
  @HttpCode(200)
  resolveObjection(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ResolveObjectionDto) {
    return this.decisions.resolveObjection(user, id, body);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser, Roles } from '../auth/decorators.js';
import { MailTemplateParams, MailTemplatePreviewRequest, MailTemplateWordingRequest } from './dto/mail-template.request.js';
import { MailTemplates } from './mail-templates.service.js';

/** Admins word the mails in Dutch and English; without their wording the built-in text is sent. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/mail-templates')
export class MailTemplatesController {
  constructor(private readonly templates: MailTemplates) {}

  @Get()
  list() {
    return this.templates.list();
  }

  /** Applications to fill a preview from, newest first. */
  @Get('applications')
  applications() {
    return this.templates.applications();
  }

  @Get(':template/:language')
  get(@Param() { template, language }: MailTemplateParams) {
    return this.templates.get(template, language);
  }

  @Put(':template/:language')
  save(@CurrentUser() user: AuthUser, @Param() { template, language }: MailTemplateParams, @Body() body: MailTemplateWordingRequest) {
    return this.templates.save(user, template, language, body);
  }

  /** Back to the built-in wording. */
  @Delete(':template/:language')
  reset(@Param() { template, language }: MailTemplateParams) {
    return this.templates.reset(template, language);
  }

  @Post(':template/:language/preview')
  @HttpCode(200)
  preview(@CurrentUser() user: AuthUser, @Param() { template, language }: MailTemplateParams, @Body() body: MailTemplatePreviewRequest) {
    return this.templates.preview(user, template, language, { subject: body.subject, body: body.body }, body.applicationId);
  }
}

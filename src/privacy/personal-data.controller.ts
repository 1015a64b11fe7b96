import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { PersonalDataExport } from './personal-data-export.service.js';

/** Every signed-in person downloads their own data; there is no way to ask for someone else's. */
@ApiTags('me')
@Controller('me')
export class PersonalDataController {
  constructor(private readonly exports: PersonalDataExport) {}

  /** The person's own data as a JSON file (a download: Content-Disposition attachment). */
  @Get('data-export')
  async export(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response) {
    const data = await this.exports.export(user);
    response.setHeader('Content-Disposition', `attachment; filename="mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`);
    response.setHeader('Cache-Control', 'no-store');
    return data;
  }
}

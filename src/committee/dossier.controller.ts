import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators.js';
import { DossierService } from './dossier.service.js';

@ApiTags('committees')
@Controller('applications')
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  /** The case as the committee judges it: application, documents, reviews side by side, tally. */
  @Get(':id/dossier')
  dossier(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.dossiers.dossier(user, id);
  }
}

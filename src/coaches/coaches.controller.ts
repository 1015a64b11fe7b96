import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators.js';
import { CoachView } from './coach.view.js';
import { CoachesService } from './coaches.service.js';

/** The coaches (begeleiders) a secretary can assign when admitting an application. */
@ApiTags('coaches')
@Controller('coaches')
export class CoachesController {
  constructor(private readonly coaches: CoachesService) {}

  @Roles('secretary')
  @Get()
  @ApiOkResponse({ type: [CoachView] })
  list(): Promise<CoachView[]> {
    return this.coaches.list();
  }
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/decorators.js';
import { PutThemeDto, ThemeSlugParam } from './theme.dto.js';
import { ThemesService } from './themes.service.js';

@ApiTags('themes')
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  /** The active themes, for forms and the public databank's filters. */
  @Public()
  @Get()
  list() {
    return this.themes.list();
  }

  @Roles('admin')
  @Get('all')
  listAll() {
    return this.themes.list(true);
  }

  /** Creates or renames a theme; `active: false` retires it from new applications. */
  @Roles('admin')
  @Put(':slug')
  put(@Param() { slug }: ThemeSlugParam, @Body() body: PutThemeDto) {
    return this.themes.upsert(slug, body.nameNl, body.nameEn, body.active ?? true);
  }
}

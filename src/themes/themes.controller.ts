import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/decorators.js';
import { PutThemeDto, ThemeSlugParam } from './theme.dto.js';
import { ThemeView } from './theme.view.js';
import { ThemesService } from './themes.service.js';

@ApiTags('themes')
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  /** The active themes, for forms and the public databank's filters. */
  @Public()
  @Get()
  @ApiOkResponse({ type: [ThemeView] })
  list(): Promise<ThemeView[]> {
    return this.themes.list();
  }

  @Roles('admin')
  @Get('all')
  @ApiOkResponse({ type: [ThemeView] })
  listAll(): Promise<ThemeView[]> {
    return this.themes.list(true);
  }

  /** Creates or renames a theme; `active: false` retires it from new applications. */
  @Roles('admin')
  @Put(':slug')
  @ApiOkResponse({ type: ThemeView })
  put(@Param() { slug }: ThemeSlugParam, @Body() body: PutThemeDto): Promise<ThemeView> {
    return this.themes.upsert(slug, body.nameNl, body.nameEn, body.active ?? true);
  }
}

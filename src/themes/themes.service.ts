import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { validationFailed } from '../common/http/validation.js';
import { Theme } from './theme.entity.js';

@Injectable()
export class ThemesService {
  constructor(@InjectRepository(Theme) private readonly themes: Repository<Theme>) {}

  list(includeInactive = false): Promise<Theme[]> {
    return this.themes.find({ where: includeInactive ? {} : { active: true }, order: { nameNl: 'ASC' } });
  }

  /** Throws 400 on the `themes` field naming the unknown or retired slugs. */
  async assertActive(slugs: string[] | undefined, field = 'themes'): Promise<void> {
    if (!slugs?.length) return;
    const found = await this.themes.findBy({ slug: In(slugs), active: true });
    const unknown = slugs.filter((slug) => !found.some((theme) => theme.slug === slug));
    if (unknown.length)
      throw validationFailed([{ field, reason: `onbekend thema / unknown theme: ${unknown.join(', ')}` }]);
  }

  async upsert(slug: string, nameNl: string, nameEn: string, active: boolean): Promise<Theme> {
    await this.themes.upsert({ slug, nameNl, nameEn, active }, ['slug']);
    return this.themes.findOneByOrFail({ slug });
  }
}

import type { EntityManager } from 'typeorm';
import { DESCRIPTION_SECTIONS } from './description-sections.js';
import { DescriptionVersion } from './description-version.entity.js';

/**
 * The werkblad as last submitted for assessment (the latest `final` version), section by section
 * in the template's order, or null when there is none. What the committee and the reviewers judge.
 */
export async function frozenDescription(manager: EntityManager, applicationId: string) {
  const version = await manager.getRepository(DescriptionVersion).findOne({ where: { applicationId, kind: 'final' }, order: { number: 'DESC' } });
  if (!version) return null;
  return {
    number: version.number,
    createdAt: version.createdAt,
    sections: DESCRIPTION_SECTIONS.map(({ key, titleNl, titleEn }) => ({
      key,
      title: titleNl,
      titleEn,
      content: version.sections[key] ?? '',
    })),
  };
}

import type { LevelCode } from '../track/track.levels.js';
import type { Bilingual } from './review-criteria.js';

/** What each recognition level asks (DOMAIN.md "Levels"), for the reviewer who judges against it. */
export const LEVEL_MEANINGS: Readonly<Record<LevelCode, Bilingual>> = {
  goed_beschreven: {
    nl: 'Helder en logisch beschreven en uitvoerbaar in de praktijk: oorzaak, doelgroep, doelen, aanpak, randvoorwaarden, overdraagbaarheid en praktijkervaring zijn beschreven, en doel, doelgroep en aanpak hangen samen.',
    en: 'Clearly and logically described and workable in practice: cause, target group, goals, approach, conditions, transferability and practice experience are described, and goal, target group and approach hang together.',
  },
  goed_onderbouwd: {
    nl: 'Goed beschreven, en daarnaast maken theorie, modellen of literatuur aannemelijk dat de aanpak de doelen bereikt.',
    en: 'Well described, and in addition theory, models or literature make it plausible that the approach reaches its goals.',
  },
  effectief_eerste: {
    nl: 'Goed onderbouwd, en daarnaast geeft onderzoek (bijvoorbeeld een voor- en nameting) eerste aanwijzingen voor effect.',
    en: 'Well founded, and in addition research (e.g. a pre/post measurement) gives first indications of effect.',
  },
  effectief_goede: {
    nl: 'Goed onderbouwd, en daarnaast laat (quasi-)experimenteel onderzoek met een vergelijkingsgroep effect zien.',
    en: 'Well founded, and in addition (quasi-)experimental research with a comparison group shows effect.',
  },
  effectief_sterke: {
    nl: 'Goed onderbouwd, en daarnaast laat herhaald onderzoek en/of onderzoek met een follow-up op langere termijn effect zien.',
    en: 'Well founded, and in addition replicated and/or long-term follow-up research shows effect.',
  },
};

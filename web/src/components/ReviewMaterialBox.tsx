import { Link } from 'react-router';
import type { ReviewMaterial } from '../api/review-api';
import { useI18n } from '../i18n/i18n';

/**
 * Beside the review form: one click to each thing the reviewer judges. The werkblad and the level
 * open on the dossier page; each document's latest version downloads from here.
 */
export function ReviewMaterialBox({ applicationId, material }: { applicationId: string; material: ReviewMaterial | null }) {
  const { t, locale } = useI18n();
  const dossier = `/beoordelingen/${applicationId}/dossier`;
  return (
    <aside aria-labelledby="material-box-title" className="review-material-box">
      <h2 id="material-box-title" className="utrecht-heading-3">
        {t.review.materialBoxTitle}
      </h2>
      <ul className="utrecht-unordered-list">
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to={`${dossier}#werkblad-title`}>
            {t.review.materialWerkblad}
          </Link>
        </li>
        <li>
          <Link className="utrecht-link utrecht-link--html-a" to={`${dossier}#level-title`}>
            {t.review.materialLevel}
            {material ? `: ${t.levels[material.targetLevel.code]}` : ''}
          </Link>
        </li>
        {material?.documents.map((document) => {
          const latest = document.versions[document.versions.length - 1];
          if (!latest) return null;
          return (
            <li key={document.id}>
              <a className="utrecht-link utrecht-link--html-a" href={latest.downloadUrl} download>
                {document.kindLabel[locale]}: {latest.originalName}
              </a>
            </li>
          );
        })}
      </ul>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={dossier}>
          {t.review.openMaterial}
        </Link>
      </p>
    </aside>
  );
}

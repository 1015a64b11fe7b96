import { PERSONAL_DATA_EXPORT_URL } from '../api/privacy-api';
import { useI18n } from '../i18n/i18n';

/** Everyone downloads their own data (AVG art. 15 and 20) from their profile; the link to the public overview says why it is kept. */
export function OwnDataDownload() {
  const { t, locale } = useI18n();
  const o = t.privacy.ownData;
  return (
    <section aria-labelledby="own-data-title" className="section">
      <h2 id="own-data-title" className="utrecht-heading-2">
        {o.title}
      </h2>
      <p className="utrecht-paragraph">{o.text}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={PERSONAL_DATA_EXPORT_URL} download>
          {o.download}
        </a>
      </p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={locale === 'en' ? '/privacy/verwerkingen?lang=en' : '/privacy/verwerkingen'}>
          {o.overview}
        </a>
      </p>
    </section>
  );
}

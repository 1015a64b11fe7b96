import type { MailPreview } from '../api/notify-api';
import { useI18n } from '../i18n/i18n';
import './mail-templates.css';

/**
 * A rendered mail as text: recipient, subject and body. Also used before inviting a reviewer and
 * before sending a meeting's agenda (one box per language, each with its own `headingId`).
 */
export function MailPreviewBox({ preview, title, headingId = 'mail-preview-title' }: { preview: MailPreview; title?: string; headingId?: string }) {
  const { t } = useI18n();
  return (
    <section className="mail-preview" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId} tabIndex={-1}>
        {title ?? t.notify.previewTitle}
      </h2>
      <p className="utrecht-paragraph">{t.notify.previewNote}</p>
      <dl className="mail-preview__head">
        <div>
          <dt>{t.notify.previewTo}</dt>
          <dd>{preview.to}</dd>
        </div>
        <div>
          <dt>{t.notify.previewSubject}</dt>
          <dd>{preview.subject}</dd>
        </div>
        <div>
          <dt>{t.notify.previewBody}</dt>
          <dd className="mail-preview__body">{preview.text}</dd>
        </div>
      </dl>
    </section>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { notifyApi, type Delivery } from '../api/notify-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { StatusMessage } from './Alert';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import { SelectField } from './fields';

/** The signed-in user's choice per topic: e-mail at once, the daily digest, or in the app only. The API says which mails always go. */
export function NotificationPreferencesForm() {
  const { t } = useI18n();
  const preferences = useResource(() => notifyApi.preferences(), 'notification-preferences');
  const [choices, setChoices] = useState<Record<string, Delivery>>({});
  const [saved, setSaved] = useState(false);
  const form = useFormErrors();

  useEffect(() => {
    if (preferences.data) setChoices(Object.fromEntries(preferences.data.topics.map((topic) => [topic.topic, topic.delivery])));
  }, [preferences.data]);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSaved(false);
    const updated = await form.run(() => notifyApi.savePreferences(Object.entries(choices).map(([topic, delivery]) => ({ topic, delivery }))));
    if (updated) {
      preferences.setData(updated);
      setSaved(true);
    }
  }

  const data = preferences.data;
  return (
    <section aria-labelledby="meldingen-per-e-mail" className="notification-preferences">
      <h2 className="utrecht-heading-2" id="meldingen-per-e-mail" tabIndex={-1}>
        {t.notify.preferencesTitle}
      </h2>
      <p className="utrecht-paragraph">{t.notify.preferencesIntro}</p>
      {preferences.error ? (
        <LoadError error={preferences.error} onRetry={preferences.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <StatusMessage>{saved ? t.notify.preferencesSaved : null}</StatusMessage>
          <ErrorSummary items={form.summary(Object.fromEntries(data.topics.map((topic, index) => [`preferences.${index}.delivery`, t.notify.topics[topic.topic] ?? topic.topic])))} focusKey={form.focusKey} />
          {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
          <form className="form" onSubmit={onSubmit} noValidate>
            {data.topics.map((topic) => (
              <SelectField
                key={topic.topic}
                name={`delivery-${topic.topic}`}
                label={t.notify.topics[topic.topic] ?? topic.topic}
                value={choices[topic.topic] ?? topic.delivery}
                onChange={(delivery) => setChoices((current) => ({ ...current, [topic.topic]: delivery as Delivery }))}
                options={data.deliveries.map((delivery) => ({ value: delivery, label: t.notify.deliveries[delivery] ?? delivery }))}
              />
            ))}
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.saving : t.notify.savePreferences}
            </Button>
          </form>
          <h3 className="utrecht-heading-3">{t.notify.alwaysTitle}</h3>
          <p className="utrecht-paragraph">{t.notify.alwaysIntro}</p>
          <ul className="utrecht-unordered-list">
            {data.alwaysMailed.map((template) => (
              <li key={template}>{t.notify.alwaysTemplates[template] ?? template}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

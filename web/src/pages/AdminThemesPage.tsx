import { useEffect, useRef, useState, type FormEvent } from 'react';
import { adminApi } from '../api/admin-api';
import type { Theme } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ErrorSummary, FieldScopeProvider } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextField, YesNo } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/** Every theme, active or not; each can be renamed or (de)activated, and new ones added. */
export function AdminThemesPage() {
  const { t } = useI18n();
  const c = t.admin.themes;
  const themes = useResource(adminApi.allThemes, 'themes-all');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // After closing a form the focus goes back to the theme's edit button, not to the top of the page.
  const backToTheme = (slug: string) =>
    window.setTimeout(() => document.querySelector<HTMLElement>(`article[aria-labelledby="theme-${slug}"] button`)?.focus(), 0);

  async function saved(theme: Theme) {
    setEditing(null);
    setNotice(c.saved(theme.nameNl));
    await themes.reload();
    backToTheme(theme.slug);
  }

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{c.title}</PageHeading>
      <p className="utrecht-paragraph">{c.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {themes.error ? (
        <LoadError error={themes.error} onRetry={themes.reload} />
      ) : !themes.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="themes-title">
            <h2 id="themes-title" className="utrecht-heading-2">
              {c.caption}
            </h2>
            {themes.data.length === 0 && <p className="utrecht-paragraph">{c.none}</p>}
            <ul className="card-list">
              {themes.data.map((theme) => (
                <li key={theme.slug} className="card">
                  <article aria-labelledby={`theme-${theme.slug}`}>
                    <h3 id={`theme-${theme.slug}`} className="utrecht-heading-3 card__title">
                      {theme.nameNl}
                    </h3>
                    {editing === theme.slug ? (
                      <FieldScopeProvider scope={`theme-${theme.slug}`}>
                        <ThemeForm
                          theme={theme}
                          existing={themes.data ?? []}
                          onSaved={saved}
                          onCancel={() => {
                            setEditing(null);
                            backToTheme(theme.slug);
                          }}
                        />
                      </FieldScopeProvider>
                    ) : (
                      <>
                        <dl className="card__facts">
                          <dt>{c.nameEn}</dt>
                          <dd lang="en">{theme.nameEn}</dd>
                          <dt>{c.slug}</dt>
                          <dd>{theme.slug}</dd>
                          <dt>{c.status}</dt>
                          <dd>{theme.active ? t.admin.status.active : t.admin.status.inactive}</dd>
                        </dl>
                        <Button onClick={() => setEditing(theme.slug)}>{c.edit(theme.nameNl)}</Button>
                      </>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="new-theme-title">
            <h2 id="new-theme-title" className="utrecht-heading-2">
              {c.newTitle}
            </h2>
            <FieldScopeProvider scope="new-theme">
              <ThemeForm theme={null} existing={themes.data} onSaved={saved} />
            </FieldScopeProvider>
          </section>
        </>
      )}
    </>
  );
}

interface ThemeFormProps {
  /** null: a new theme, with a code to choose. */
  theme: Theme | null;
  existing: Theme[];
  onSaved(theme: Theme): Promise<void>;
  onCancel?: () => void;
}

function ThemeForm({ theme, existing, onSaved, onCancel }: ThemeFormProps) {
  const { t } = useI18n();
  const c = t.admin.themes;
  const form = useFormErrors();
  const first = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ slug: theme?.slug ?? '', nameNl: theme?.nameNl ?? '', nameEn: theme?.nameEn ?? '', active: theme?.active ?? true });
  const labels = { slug: c.slug, nameNl: c.nameNl, nameEn: c.nameEn, active: c.active };

  // Opening the edit form puts the focus in its first field.
  useEffect(() => {
    if (theme) first.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [theme]);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const slug = values.slug.trim();
    if (!theme && !slug) return form.showFieldErrors({ slug: t.errors.required });
    if (!theme && existing.some((other) => other.slug === slug)) return form.showFieldErrors({ slug: c.slugTaken });
    const saved = await form.run(() => adminApi.putTheme(slug, { nameNl: values.nameNl, nameEn: values.nameEn, active: values.active }));
    if (saved) {
      if (!theme) setValues({ slug: '', nameNl: '', nameEn: '', active: true });
      await onSaved(saved);
    }
  }

  return (
    <>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form ref={first} className="form" onSubmit={onSubmit} noValidate>
        {!theme && (
          <TextField name="slug" label={c.slug} description={c.slugHint} value={values.slug} onChange={(slug) => setValues((v) => ({ ...v, slug }))} required error={form.fieldErrors.slug} />
        )}
        <TextField name="nameNl" label={c.nameNl} value={values.nameNl} onChange={(nameNl) => setValues((v) => ({ ...v, nameNl }))} required error={form.fieldErrors.nameNl} />
        <TextField name="nameEn" label={c.nameEn} value={values.nameEn} onChange={(nameEn) => setValues((v) => ({ ...v, nameEn }))} required error={form.fieldErrors.nameEn} />
        <YesNo name="active" label={c.active} description={c.activeHint} value={values.active} onChange={(active) => setValues((v) => ({ ...v, active }))} error={form.fieldErrors.active} />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : theme ? c.save : c.create}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t.common.cancel}</Button>}
        </ButtonGroup>
      </form>
    </>
  );
}

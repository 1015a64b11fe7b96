import { OIDC_START_PATH, oidcApi } from '../api/oidc-api';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { Alert } from './Alert';
import { ButtonLink } from './Button';

/**
 * The login page's part for the organisation's identity provider: why the last attempt was refused
 * (the code the API put on the address), and the button when the API says sign-in is configured.
 */
export function OidcSignIn({ refusal }: { refusal: string | null }) {
  const { t } = useI18n();
  const availability = useResource(() => oidcApi.availability(), 'oidc');
  const buttonLabel = availability.data?.enabled ? availability.data.buttonLabel : null;
  const refusals: Record<string, string> = t.oidc.refusals;
  return (
    <>
      {refusal && (
        <Alert type="error" title={t.oidc.refusedTitle}>
          <p className="utrecht-paragraph">{refusals[refusal] ?? t.oidc.unknownRefusal}</p>
        </Alert>
      )}
      {buttonLabel && (
        <section className="oidc-sign-in" aria-label={t.oidc.button(buttonLabel)}>
          <p className="utrecht-paragraph">{t.oidc.staffOnly}</p>
          <ButtonLink to={OIDC_START_PATH} reloadDocument variant="primary">
            {t.oidc.button(buttonLabel)}
          </ButtonLink>
        </section>
      )}
    </>
  );
}

import type { Provider } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { oidcSettings } from './oidc-settings.js';

/** The OIDC settings (or null when off), read once at start-up; bad settings stop the API. */
export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

export const oidcSettingsProvider: Provider = {
  provide: OIDC_SETTINGS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => oidcSettings(config),
};

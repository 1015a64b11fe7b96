import { AGE_BAND_CODES, SETTINGS } from '../../description/listing-facts.js';
import { html, type SafeHtml } from '../html.js';
import type { PageContext } from '../page-layout.js';
import { listingFactsTexts } from '../texts/listing-facts-texts.js';
import { selectField, type SearchCriteria } from './search-page.js';

/** The element each fact filter's error links to from the error summary. */
export const FACT_FIELD_IDS = { setting: 'search-setting', leeftijd: 'search-age', maxkosten: 'search-max-cost' };

/** Setting, age group and maximum cost per participant: the registries' filters, as plain GET fields. */
export function factFilterFields(context: PageContext, criteria: SearchCriteria, errors: Record<string, string>): SafeHtml {
  const t = listingFactsTexts(context.language);
  const error = errors.maxkosten;
  const describedBy = ['search-max-cost-hint', error ? 'search-max-cost-error' : ''].filter(Boolean).join(' ');
  return html`${selectField(FACT_FIELD_IDS.setting, 'setting', t.settings, t.anySetting, criteria.setting, SETTINGS.map((code) => ({ value: code, label: t.settingNames[code] })), errors.setting)}
${selectField(FACT_FIELD_IDS.leeftijd, 'leeftijd', t.ageGroup, t.anyAge, criteria.leeftijd, AGE_BAND_CODES.map((code) => ({ value: code, label: t.ageBandNames[code] })), errors.leeftijd)}
<div class="field${error ? ' field--invalid' : ''}">
<label class="field__label" for="${FACT_FIELD_IDS.maxkosten}">${t.maxCost}</label>
<p class="field__hint" id="search-max-cost-hint">${t.maxCostHint}</p>
${error ? html`<p class="field__error" id="search-max-cost-error">${error}</p>` : null}
<input class="textbox textbox--short" type="text" inputmode="numeric" id="${FACT_FIELD_IDS.maxkosten}" name="maxkosten" value="${criteria.maxkosten}" aria-describedby="${describedBy}"${error ? html` aria-invalid="true"` : null}>
</div>`;
}

import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { ApiError } from '../api/client';
import {
  committeeSettingsApi,
  LEVELS,
  type CommitteeSettingsPreview,
  type CommitteeSettingsView,
  type Level,
  type OfferedLevel,
  type PanelRule,
  type ProcedureSettingsInput,
  type SettingChange,
} from '../api/committee-settings-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CheckboxGroup, RadioGroup, TextArea, TextField, YesNo } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { toFieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/**
 * The admin edits a committee's procedure settings. Before saving, the confirmation shows what the
 * API says changes, which running cases keep their version, and which cases a removed level would
 * break (then saving is refused by the API, and the dialog says so).
 */
export function AdminCommitteeSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const c = t.committeeSettings;
  const view = useResource(() => committeeSettingsApi.get(id), `committee-settings-${id}`);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div className="narrow">
      <BackLink to={`/beheer/commissies/${id}`}>{t.common.backTo(view.data?.committeeName ?? t.admin.committees.title.toLowerCase())}</BackLink>
      <PageHeading>{view.data ? c.title(view.data.committeeName) : c.link}</PageHeading>
      <p className="utrecht-paragraph">{c.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {view.error ? (
        <LoadError error={view.error} onRetry={view.reload} />
      ) : !view.data ? (
        <Loading />
      ) : (
        <>
          <p className="utrecht-paragraph">{c.currentVersion(view.data.version)}</p>
          <SettingsForm
            view={view.data}
            onSaved={async (version) => {
              setNotice(c.saved(version));
              await view.reload();
            }}
          />
          <Versions view={view.data} />
        </>
      )}
    </div>
  );
}

interface LevelValues {
  labelNl: string;
  labelEn: string;
  validityYears: string;
  science: string;
  practice: string;
  decision: PanelRule['decision'];
}

interface FormValues {
  offered: Level[];
  levels: Record<Level, LevelValues>;
  openToApplications: boolean;
  closedMessageNl: string;
  closedMessageEn: string;
  objectionWindowDays: string;
  conditionsPeriodMonths: string;
  publishNegativeVerdicts: boolean;
  reassessmentNoticeMonths: string;
  feasibilityVerdict: boolean;
}

function valuesOf(view: CommitteeSettingsView): FormValues {
  const { settings } = view;
  // A level newly offered starts from the national panel (DOMAIN.md): three practice reviewers by majority for Goed beschreven, 2 + 2 unanimous above.
  const fallback = (level: Level): LevelValues =>
    level === 'goed_beschreven'
      ? { labelNl: '', labelEn: '', validityYears: '5', science: '0', practice: '3', decision: 'majority' }
      : { labelNl: '', labelEn: '', validityYears: '5', science: '2', practice: '2', decision: 'unanimous' };
  return {
    offered: settings.levels.map((offered) => offered.level),
    levels: Object.fromEntries(
      LEVELS.map((level) => {
        const offered = settings.levels.find((item) => item.level === level);
        return [
          level,
          offered
            ? {
                labelNl: offered.labelNl,
                labelEn: offered.labelEn,
                validityYears: String(offered.validityYears),
                science: String(offered.panel.science),
                practice: String(offered.panel.practice),
                decision: offered.panel.decision,
              }
            : fallback(level),
        ];
      }),
    ) as Record<Level, LevelValues>,
    openToApplications: settings.openToApplications,
    closedMessageNl: settings.closedMessageNl ?? '',
    closedMessageEn: settings.closedMessageEn ?? '',
    objectionWindowDays: String(settings.objectionWindowDays),
    conditionsPeriodMonths: String(settings.conditionsPeriodMonths),
    publishNegativeVerdicts: settings.publishNegativeVerdicts,
    reassessmentNoticeMonths: String(settings.reassessmentNoticeMonths),
    feasibilityVerdict: settings.feasibilityVerdict,
  };
}

const asNumber = (value: string): number | string => (/^\s*\d+\s*$/.test(value) ? Number(value) : value);

/** The levels go in ladder order, so the API's `levels.<index>` is the index among the offered ones. */
function offeredInOrder(values: FormValues): Level[] {
  return LEVELS.filter((level) => values.offered.includes(level));
}

function asInput(values: FormValues): ProcedureSettingsInput {
  return {
    levels: offeredInOrder(values).map((level) => ({
      level,
      labelNl: values.levels[level].labelNl,
      labelEn: values.levels[level].labelEn,
      validityYears: asNumber(values.levels[level].validityYears),
      panel: {
        science: asNumber(values.levels[level].science),
        practice: asNumber(values.levels[level].practice),
        decision: values.levels[level].decision,
      },
    })),
    openToApplications: values.openToApplications,
    closedMessageNl: values.closedMessageNl.trim() ? values.closedMessageNl : null,
    closedMessageEn: values.closedMessageEn.trim() ? values.closedMessageEn : null,
    objectionWindowDays: asNumber(values.objectionWindowDays),
    conditionsPeriodMonths: asNumber(values.conditionsPeriodMonths),
    publishNegativeVerdicts: values.publishNegativeVerdicts,
    reassessmentNoticeMonths: asNumber(values.reassessmentNoticeMonths),
    feasibilityVerdict: values.feasibilityVerdict,
  };
}

function SettingsForm({ view, onSaved }: { view: CommitteeSettingsView; onSaved(version: number): Promise<void> }) {
  const { t, locale } = useI18n();
  const c = t.committeeSettings;
  const publication = t.publicationSettings;
  const panel = t.panelRules;
  const form = useFormErrors();
  const [values, setValues] = useState(() => valuesOf(view));
  const [preview, setPreview] = useState<CommitteeSettingsPreview | null>(null);
  useEffect(() => setValues(valuesOf(view)), [view]);
  const set = (changes: Partial<FormValues>) => setValues((current) => ({ ...current, ...changes }));
  const setLevel = (level: Level, changes: Partial<LevelValues>) =>
    setValues((current) => ({ ...current, levels: { ...current.levels, [level]: { ...current.levels[level], ...changes } } }));
  const code = (level: Level) => view.officialLevelCodes[level];
  const offered = offeredInOrder(values);
  const { limits } = view;

  const labels: Record<string, string> = {
    levels: c.offered,
    objectionWindowDays: c.objectionWindowDays,
    conditionsPeriodMonths: c.conditionsPeriodMonths,
    closedMessageNl: c.closedMessageNl,
    closedMessageEn: c.closedMessageEn,
    openToApplications: c.open,
    publishNegativeVerdicts: publication.publishNegativeVerdicts,
    reassessmentNoticeMonths: publication.reassessmentNoticeMonths,
    feasibilityVerdict: panel.feasibilitySetting,
  };
  offered.forEach((level, index) => {
    const name = `${code(level)} ${values.levels[level].labelNl}`;
    labels[`levels.${index}.labelNl`] = `${name}: ${c.labelNl}`;
    labels[`levels.${index}.labelEn`] = `${name}: ${c.labelEn}`;
    labels[`levels.${index}.validityYears`] = `${name}: ${c.validityYears}`;
    labels[`levels.${index}.panel`] = `${name}: ${panel.panelLegend}`;
    labels[`levels.${index}.panel.science`] = `${name}: ${panel.science}`;
    labels[`levels.${index}.panel.practice`] = `${name}: ${panel.practice}`;
  });

  // The API names `settings.<field>`; the form's fields are named without the prefix.
  const byField = (error: ApiError) =>
    error.fieldErrors.length
      ? Object.fromEntries(Object.entries(toFieldErrors(error.fieldErrors, locale)).map(([field, message]) => [field.replace(/^settings\./, ''), message]))
      : undefined;

  async function check(event: FormEvent) {
    event.preventDefault();
    const result = await form.run(() => committeeSettingsApi.preview(view.committeeId, view.version, asInput(values)), byField);
    if (result) setPreview(result);
  }

  async function save() {
    const saved = await form.run(() => committeeSettingsApi.save(view.committeeId, view.version, asInput(values)), byField);
    setPreview(null);
    if (saved) await onSaved(saved.version);
  }

  return (
    <section aria-labelledby="procedure-form-title" className="section">
      <h2 id="procedure-form-title" className="utrecht-heading-2">
        {c.levelsTitle}
      </h2>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={check} noValidate>
        <CheckboxGroup
          name="levels"
          label={c.offered}
          description={c.levelsHint}
          value={values.offered}
          onChange={(chosen) => set({ offered: chosen as Level[] })}
          options={LEVELS.map((level) => ({ value: level, label: `${code(level)} – ${values.levels[level].labelNl || level}` }))}
          error={form.fieldErrors.levels}
        />
        {offered.map((level, index) => (
          <fieldset key={level} className="utrecht-form-fieldset procedure-level">
            <legend className="utrecht-form-fieldset__legend">{c.levelHeading(code(level), values.levels[level].labelNl)}</legend>
            <TextField name={`levels.${index}.labelNl`} label={c.labelNl} value={values.levels[level].labelNl} onChange={(labelNl) => setLevel(level, { labelNl })} required error={form.fieldErrors[`levels.${index}.labelNl`]} />
            <TextField name={`levels.${index}.labelEn`} label={c.labelEn} value={values.levels[level].labelEn} onChange={(labelEn) => setLevel(level, { labelEn })} required error={form.fieldErrors[`levels.${index}.labelEn`]} />
            <TextField
              name={`levels.${index}.validityYears`}
              label={c.validityYears}
              description={c.range(limits.validityYears.min, limits.validityYears.max)}
              value={values.levels[level].validityYears}
              onChange={(validityYears) => setLevel(level, { validityYears })}
              inputMode="numeric"
              size="small"
              required
              error={form.fieldErrors[`levels.${index}.validityYears`]}
            />
            <PanelRuleFields
              index={index}
              values={values.levels[level]}
              limits={limits}
              onChange={(changes) => setLevel(level, changes)}
              errors={form.fieldErrors}
            />
          </fieldset>
        ))}
        <h2 className="utrecht-heading-2">{panel.feasibilityTitle}</h2>
        <YesNo
          name="feasibilityVerdict"
          label={panel.feasibilitySetting}
          description={panel.feasibilitySettingHint}
          value={values.feasibilityVerdict}
          onChange={(feasibilityVerdict) => set({ feasibilityVerdict })}
          error={form.fieldErrors.feasibilityVerdict}
        />
        <h2 className="utrecht-heading-2">{c.termsTitle}</h2>
        <TextField
          name="objectionWindowDays"
          label={c.objectionWindowDays}
          description={`${c.objectionWindowDaysHint} ${c.range(limits.objectionWindowDays.min, limits.objectionWindowDays.max)}`}
          value={values.objectionWindowDays}
          onChange={(objectionWindowDays) => set({ objectionWindowDays })}
          inputMode="numeric"
          size="small"
          required
          error={form.fieldErrors.objectionWindowDays}
        />
        <TextField
          name="conditionsPeriodMonths"
          label={c.conditionsPeriodMonths}
          description={`${c.conditionsPeriodMonthsHint} ${c.range(limits.conditionsPeriodMonths.min, limits.conditionsPeriodMonths.max)}`}
          value={values.conditionsPeriodMonths}
          onChange={(conditionsPeriodMonths) => set({ conditionsPeriodMonths })}
          inputMode="numeric"
          size="small"
          required
          error={form.fieldErrors.conditionsPeriodMonths}
        />
        <h2 className="utrecht-heading-2">{c.intakeTitle}</h2>
        <YesNo name="openToApplications" label={c.open} description={c.openHint} value={values.openToApplications} onChange={(openToApplications) => set({ openToApplications })} error={form.fieldErrors.openToApplications} />
        <TextArea name="closedMessageNl" label={c.closedMessageNl} description={c.closedMessageHint} value={values.closedMessageNl} onChange={(closedMessageNl) => set({ closedMessageNl })} rows={3} error={form.fieldErrors.closedMessageNl} />
        <TextArea name="closedMessageEn" label={c.closedMessageEn} description={c.closedMessageHint} value={values.closedMessageEn} onChange={(closedMessageEn) => set({ closedMessageEn })} rows={3} error={form.fieldErrors.closedMessageEn} />
        <h2 className="utrecht-heading-2">{publication.title}</h2>
        <YesNo
          name="publishNegativeVerdicts"
          label={publication.publishNegativeVerdicts}
          description={publication.publishNegativeVerdictsHint}
          value={values.publishNegativeVerdicts}
          onChange={(publishNegativeVerdicts) => set({ publishNegativeVerdicts })}
          error={form.fieldErrors.publishNegativeVerdicts}
        />
        <TextField
          name="reassessmentNoticeMonths"
          label={publication.reassessmentNoticeMonths}
          description={`${publication.reassessmentNoticeMonthsHint} ${c.range(limits.reassessmentNoticeMonths.min, limits.reassessmentNoticeMonths.max)}`}
          value={values.reassessmentNoticeMonths}
          onChange={(reassessmentNoticeMonths) => set({ reassessmentNoticeMonths })}
          inputMode="numeric"
          size="small"
          required
          error={form.fieldErrors.reassessmentNoticeMonths}
        />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy && !preview}>
            {c.check}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={preview !== null}
        title={c.confirmTitle}
        confirmLabel={preview && preview.brokenCases.length === 0 && !preview.stale ? c.confirm : c.cancel}
        cancelLabel={c.cancel}
        busy={form.busy}
        firstFocus="cancel"
        onConfirm={() => (preview && preview.brokenCases.length === 0 && !preview.stale ? void save() : setPreview(null))}
        onCancel={() => setPreview(null)}
      >
        {preview && <PreviewBody preview={preview} view={view} />}
      </ConfirmDialog>
    </section>
  );
}

/** The panel of one level: how many science and practice reviewers, and whether its advice needs a majority or unanimity. */
function PanelRuleFields({
  index,
  values,
  limits,
  onChange,
  errors,
}: {
  index: number;
  values: LevelValues;
  limits: CommitteeSettingsView['limits'];
  onChange(changes: Partial<LevelValues>): void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const panel = t.panelRules;
  const name = `levels.${index}.panel`;
  return (
    <fieldset className="utrecht-form-fieldset procedure-panel">
      <legend className="utrecht-form-fieldset__legend">{panel.panelLegend}</legend>
      <p className="utrecht-paragraph">{panel.panelHint(limits.panelSize.min, limits.panelSize.max)}</p>
      {errors[name] && (
        <p className="utrecht-form-field-error-message" id={`${name}-error`}>
          {errors[name]}
        </p>
      )}
      <TextField name={`${name}.science`} label={panel.science} value={values.science} onChange={(science) => onChange({ science })} inputMode="numeric" size="small" required error={errors[`${name}.science`]} />
      <TextField name={`${name}.practice`} label={panel.practice} value={values.practice} onChange={(practice) => onChange({ practice })} inputMode="numeric" size="small" required error={errors[`${name}.practice`]} />
      <RadioGroup
        name={`${name}.decision`}
        label={panel.decision}
        value={values.decision}
        onChange={(decision) => onChange({ decision })}
        options={(['majority', 'unanimous'] as const).map((value) => ({ value, label: panel.decisions[value] }))}
        error={errors[`${name}.decision`]}
      />
    </fieldset>
  );
}

/** What the API says saving would do. */
function PreviewBody({ preview, view }: { preview: CommitteeSettingsPreview; view: CommitteeSettingsView }) {
  const { t } = useI18n();
  const c = t.committeeSettings;
  return (
    <>
      {preview.stale && <p className="utrecht-paragraph">{c.stale(preview.currentVersion)}</p>}
      {preview.changes.length === 0 ? (
        <p className="utrecht-paragraph">{c.noChanges}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            <strong>{c.changesTitle(preview.currentVersion, preview.nextVersion)}</strong>
          </p>
          <ChangeList changes={preview.changes} view={view} />
        </>
      )}
      {preview.brokenCases.length > 0 ? (
        <>
          <p className="utrecht-paragraph">
            <strong>{c.broken}</strong>
          </p>
          <ul className="utrecht-unordered-list">
            {preview.brokenCases.map((broken) => (
              <li key={`${broken.id}-${broken.uses}`} className="utrecht-unordered-list__item">
                {c.brokenCase(broken.reference, broken.name, `${view.officialLevelCodes[broken.level]}`, broken.uses)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph procedure-unaffected">{c.unaffected(preview.unaffected.total, preview.nextVersion)}</p>
          {preview.unaffected.cases.length > 0 && (
            <ul className="utrecht-unordered-list">
              {preview.unaffected.cases.map((item) => (
                <li key={item.id} className="utrecht-unordered-list__item">
                  {c.caseVersion(item.reference, item.name, item.settingsVersion)}
                </li>
              ))}
            </ul>
          )}
          <p className="utrecht-paragraph">{c.confirmWho}</p>
        </>
      )}
    </>
  );
}

function ChangeList({ changes, view }: { changes: SettingChange[]; view: CommitteeSettingsView }) {
  const { t } = useI18n();
  const c = t.committeeSettings;
  const word = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return c.empty;
    if (typeof value === 'boolean') return value ? c.yes : c.no;
    if (typeof value === 'object' && 'labelNl' in (value as object)) {
      const level = value as OfferedLevel;
      const { panel } = level;
      return `${c.levelValue(level.labelNl, level.validityYears)}; ${t.panelRules.panelValue(panel.science, panel.practice, t.panelRules.decisions[panel.decision])}`;
    }
    return String(value);
  };
  return (
    <ul className="utrecht-unordered-list procedure-changes">
      {changes.map((change) => {
        const level = change.setting.startsWith('levels.') ? (change.setting.slice('levels.'.length) as Level) : null;
        const name = level
          ? c.levelChange(view.officialLevelCodes[level])
          : change.setting === 'feasibilityVerdict'
            ? t.panelRules.feasibilitySettingName
            : (c.settingNames[change.setting] ?? t.publicationSettings.settingNames[change.setting] ?? change.setting);
        const from = level && change.from === null ? c.notOffered : word(change.from);
        const to = level && change.to === null ? c.notOffered : word(change.to);
        return (
          <li key={change.setting} className="utrecht-unordered-list__item">
            {name}: {c.fromTo(from, to)}
          </li>
        );
      })}
    </ul>
  );
}

function Versions({ view }: { view: CommitteeSettingsView }) {
  const { t, formatDateTime } = useI18n();
  const c = t.committeeSettings;
  return (
    <section aria-labelledby="procedure-versions-title" className="section">
      <h2 id="procedure-versions-title" className="utrecht-heading-2">
        {c.versionsTitle}
      </h2>
      <ol className="utrecht-ordered-list procedure-versions">
        {view.versions.map((version) => (
          <li key={version.version} className="utrecht-ordered-list__item">
            <p className="utrecht-paragraph">
              {c.versionLine(version.version, version.createdBy?.name ?? null, formatDateTime(version.createdAt))}. {c.runningCases(version.runningCases)}
            </p>
            {version.changes.length > 0 && <ChangeList changes={version.changes} view={view} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import {
  insightApi,
  insightCsvHref,
  LEAD_TIME_MEASURES,
  THROUGHPUT_MEASURES,
  type DeadlinesView,
  type InsightQuery,
  type LeadTimesView,
  type ThroughputView,
} from '../api/insight-api';
import { meetingApi } from '../api/meeting-api';
import { LEVEL_CODES, type LevelCode } from '../api/types';
import { Button } from '../components/Button';
import { DataTable } from '../components/DataTable';
import { SelectField, TextField } from '../components/fields';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { toFieldErrors } from '../lib/field-errors';
import { useResource } from '../lib/use-resource';
import { AnnualOverviewLink, BacklogSection, CoachesSection, CommitteeSection, InsightFreshness, ReviewersSection } from './InsightWorkloadSections';
import '../insight.css';

// The charts and their library load only once the figures are there.
const charts = () => import('./InsightCharts');
const LeadTimeChart = lazy(async () => ({ default: (await charts()).LeadTimeChart }));
const ThroughputChart = lazy(async () => ({ default: (await charts()).ThroughputChart }));
const BacklogChart = lazy(async () => ({ default: (await charts()).BacklogChart }));

const FILTER_KEYS = ['from', 'to', 'committee', 'targetLevel'] as const;
type FilterForm = Record<(typeof FILTER_KEYS)[number], string>;

function formFrom(params: URLSearchParams): FilterForm {
  return { from: params.get('from') ?? '', to: params.get('to') ?? '', committee: params.get('committee') ?? '', targetLevel: params.get('targetLevel') ?? '' };
}

/** The filled-in filters as the API's query; empty fields are left out, so the server's defaults apply. */
function queryFrom(form: FilterForm): InsightQuery {
  const query: InsightQuery = {};
  if (form.from) query.from = form.from;
  if (form.to) query.to = form.to;
  if (form.committee) query.committee = form.committee;
  if (form.targetLevel) query.targetLevel = form.targetLevel as LevelCode;
  return query;
}

/**
 * Management information for the secretariat, chairs, committee members and admins: lead times,
 * throughput, backlog, deadlines, reviewers, coaches and meetings as the API computes them, each a table with a caption, a one-sentence
 * summary and a CSV link. The filters live in the address, so a view can be bookmarked and shared.
 */
export function InsightPage() {
  const { t, locale } = useI18n();
  const s = t.insight;
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const applied = formFrom(new URLSearchParams(key));
  const query = queryFrom(applied);
  const [form, setForm] = useState<FilterForm>(applied);
  // Back and forward change the address: the form follows it.
  useEffect(() => setForm(formFrom(new URLSearchParams(key))), [key]);

  const committees = useResource(() => meetingApi.committees(), 'committees');
  const leadTimes = useResource(() => insightApi.leadTimes(query), `lead-${key}`);
  const throughput = useResource(() => insightApi.throughput(query), `throughput-${key}`);
  const deadlines = useResource(() => insightApi.deadlines(query), `deadlines-${key}`);
  const backlog = useResource(() => insightApi.backlog(query), `backlog-${key}`);
  const reviewers = useResource(() => insightApi.reviewers(query), `reviewers-${key}`);
  const coaches = useResource(() => insightApi.coaches(query), `coaches-${key}`);
  const meetings = useResource(() => insightApi.committeeMeetings(query), `meetings-${key}`);
  const resources = [leadTimes, throughput, deadlines, backlog, reviewers, coaches, meetings];

  const refusal = resources.map((resource) => resource.error).find((error) => error !== undefined);
  const fieldErrors = refusal instanceof ApiError ? toFieldErrors(refusal.fieldErrors, locale) : {};
  const set = (field: keyof FilterForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const field of FILTER_KEYS) if (form[field]) next.set(field, form[field]);
    setParams(next);
  }

  const retry = () => Promise.all(resources.map((resource) => resource.reload()));
  const period = leadTimes.data?.filter;

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="utrecht-paragraph">{s.intro}</p>
      <form className="form insight-filters" role="search" aria-label={s.filters} onSubmit={onSubmit} noValidate>
        <TextField name="from" type="date" size="small" label={s.from} description={s.periodHint} value={form.from} onChange={set('from')} error={fieldErrors.from} />
        <TextField name="to" type="date" size="small" label={s.to} value={form.to} onChange={set('to')} error={fieldErrors.to} />
        <SelectField
          name="committee"
          label={s.committee}
          description={s.committeeHint}
          value={form.committee}
          onChange={set('committee')}
          placeholder={s.anyCommittee}
          options={(committees.data ?? []).map((committee) => ({ value: committee.id, label: committee.name }))}
          error={fieldErrors.committee}
        />
        <SelectField
          name="targetLevel"
          label={s.targetLevel}
          value={form.targetLevel}
          onChange={set('targetLevel')}
          placeholder={s.anyLevel}
          options={LEVEL_CODES.map((level) => ({ value: level, label: t.levels[level] }))}
          error={fieldErrors.targetLevel}
        />
        <Button type="submit" variant="primary">
          {s.apply}
        </Button>
      </form>

      {refusal !== undefined ? (
        <LoadError error={refusal} onRetry={retry} />
      ) : !leadTimes.data || !throughput.data || !deadlines.data || !backlog.data || !reviewers.data || !coaches.data || !meetings.data ? (
        <Loading />
      ) : (
        <>
          {period && <p className="utrecht-paragraph insight-period">{s.period(formatDay(period.from, locale), formatDay(period.to, locale))}</p>}
          <InsightFreshness refreshedAt={leadTimes.data.refreshedAt} />
          {period && <AnnualOverviewLink year={period.to.slice(0, 4)} query={query} />}
          <LeadTimesSection view={leadTimes.data} query={query} />
          <ThroughputSection view={throughput.data} query={query} />
          <BacklogSection
            view={backlog.data}
            query={query}
            chart={
              <Suspense fallback={null}>
                <BacklogChart view={backlog.data} />
              </Suspense>
            }
          />
          <DeadlinesSection view={deadlines.data} query={query} />
          <ReviewersSection view={reviewers.data} query={query} />
          <CoachesSection view={coaches.data} query={query} />
          <CommitteeSection view={meetings.data} query={query} />
        </>
      )}
    </>
  );
}

/** A calendar date (YYYY-MM-DD) in words, read as the date it is rather than a moment in some zone. */
function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

function CsvLink({ href, name }: { href: string; name: string }) {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph insight-csv">
      <a className="utrecht-link utrecht-link--html-a" href={href} download>
        {t.insight.downloadCsv(name)}
      </a>
    </p>
  );
}

function LeadTimesSection({ view, query }: { view: LeadTimesView; query: InsightQuery }) {
  const { t, formatNumber } = useI18n();
  const s = t.insight.leadTimes;
  const figure = (value: number | null) => (value === null ? t.insight.none : formatNumber(value));
  const decision = view.overall.find((row) => row.measure === 'submissionToDecision');
  const quarters = [...new Set(view.byQuarter.map((row) => row.quarter!))];
  const c = t.insightCharts.leadTimes;
  const decisionByQuarter = view.byQuarter.filter((row) => row.measure === 'submissionToDecision');
  return (
    <section className="insight-section" aria-labelledby="insight-lead-times">
      <h2 className="utrecht-heading-2" id="insight-lead-times">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">
        {decision && decision.count > 0 ? s.summary(figure(decision.median), decision.count, figure(decision.p90)) : s.summaryNone}
      </p>
      <Suspense fallback={null}>
        <LeadTimeChart view={view} />
      </Suspense>
      <DataTable caption={c.tableCaption} columns={[s.quarter, s.count, s.median, s.p75, s.p90]}>
        {decisionByQuarter.map((row) => (
          <tr className="utrecht-table__row" key={row.quarter}>
            <th className="utrecht-table__header-cell" scope="row">
              {row.quarter}
            </th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.count)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.median)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.p75)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.p90)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable caption={s.overallCaption} columns={[s.measure, s.count, s.median, s.p75, s.p90]}>
        {view.overall.map((row) => (
          <tr className="utrecht-table__row" key={row.measure}>
            <th className="utrecht-table__header-cell" scope="row">
              {s.measures[row.measure]}
            </th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.count)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.median)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.p75)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(row.p90)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable caption={s.trendCaption} columns={[s.quarter, ...LEAD_TIME_MEASURES.map((measure) => s.measures[measure])]}>
        {quarters.map((quarter) => (
          <tr className="utrecht-table__row" key={quarter}>
            <th className="utrecht-table__header-cell" scope="row">
              {quarter}
            </th>
            {LEAD_TIME_MEASURES.map((measure) => {
              const row = view.byQuarter.find((candidate) => candidate.quarter === quarter && candidate.measure === measure)!;
              return (
                <td className="utrecht-table__cell utrecht-table__cell--numeric" key={measure}>
                  {row.count ? s.cell(figure(row.median), row.count) : t.insight.none}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph insight-note">{s.explanation}</p>
      <CsvLink href={insightCsvHref('lead-times', query)} name={s.csvName} />
    </section>
  );
}

function ThroughputSection({ view, query }: { view: ThroughputView; query: InsightQuery }) {
  const { t, formatNumber } = useI18n();
  const s = t.insight.throughput;
  const { total } = view;
  return (
    <section className="insight-section" aria-labelledby="insight-throughput">
      <h2 className="utrecht-heading-2" id="insight-throughput">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">{s.summary(total.submitted, total.admitted, total.recognised + total.conditionallyRecognised, total.published)}</p>
      <Suspense fallback={null}>
        <ThroughputChart view={view} />
      </Suspense>
      <DataTable caption={s.caption} columns={[s.quarter, ...THROUGHPUT_MEASURES.map((measure) => s.measures[measure])]}>
        {[...view.quarters, total].map((row) => (
          <tr className={`utrecht-table__row ${row === total ? 'insight-total' : ''}`} key={row.quarter}>
            <th className="utrecht-table__header-cell" scope="row">
              {row === total ? s.total : row.quarter}
            </th>
            {THROUGHPUT_MEASURES.map((measure) => (
              <td className="utrecht-table__cell utrecht-table__cell--numeric" key={measure}>
                {formatNumber(row[measure])}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <CsvLink href={insightCsvHref('throughput', query)} name={s.csvName} />
    </section>
  );
}

function DeadlinesSection({ view, query }: { view: DeadlinesView; query: InsightQuery }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const s = t.insight.deadlines;
  const percentage = (value: number | null) => (value === null ? t.insight.none : `${formatNumber(value)}%`);
  const missedCount = view.missedNow.length;
  return (
    <section className="insight-section" aria-labelledby="insight-deadlines">
      <h2 className="utrecht-heading-2" id="insight-deadlines">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">
        {view.overall.judged > 0 ? s.summary(percentage(view.overall.onTimePercentage), view.overall.judged, missedCount) : s.summaryNone(missedCount)}
      </p>
      <DataTable caption={s.caption} columns={[s.kind, s.judged, s.onTime, s.late, s.missed, s.onTimePercentage]}>
        {view.kinds.map((row) => (
          <tr className="utrecht-table__row" key={row.kind}>
            <th className="utrecht-table__header-cell" scope="row">
              {s.kinds[row.kind]}
            </th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.judged)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.onTime)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.late)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.missed)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{percentage(row.onTimePercentage)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph insight-note">{s.explanation}</p>
      <CsvLink href={insightCsvHref('deadlines', query)} name={s.csvName} />

      <h3 className="utrecht-heading-3" id="insight-missed">
        {s.missedHeading}
      </h3>
      {missedCount === 0 ? (
        <p className="utrecht-paragraph">{s.missedNone}</p>
      ) : (
        <>
          <DataTable caption={s.missedCaption} columns={[s.application, s.kind, s.dueAt, s.overdue, s.assignee]}>
            {view.missedNow.map((row) => (
              <tr className="utrecht-table__row" key={`${row.applicationId}-${row.kind}-${row.dueAt}`}>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${row.applicationId}`}>
                    {row.name}
                  </Link>{' '}
                  ({row.reference})
                </td>
                <td className="utrecht-table__cell">{s.kinds[row.kind]}</td>
                <td className="utrecht-table__cell">{formatDateTime(row.dueAt)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.workingDaysOverdue)}</td>
                <td className="utrecht-table__cell">{s.assignees[row.assigneeRole]}</td>
              </tr>
            ))}
          </DataTable>
          {view.missedNowTruncated && <p className="utrecht-paragraph">{s.missedTruncated(missedCount)}</p>}
          <CsvLink href={insightCsvHref('missed-deadlines', query)} name={s.missedCsvName} />
        </>
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import {
  annualOverviewHref,
  insightCsvHref,
  LEAD_TIME_PHASES,
  type BacklogView,
  type CoachesView,
  type CommitteeMeetingsView,
  type InsightQuery,
  type ReviewersView,
} from '../api/insight-api';
import { DataTable } from '../components/DataTable';
import { useI18n } from '../i18n/i18n';

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

/** When the summary tables were last rebuilt, as the API says. */
export function InsightFreshness({ refreshedAt }: { refreshedAt: string | null }) {
  const { t, formatDateTime } = useI18n();
  const s = t.insightWorkload;
  return <p className="utrecht-paragraph insight-freshness">{refreshedAt ? s.refreshedAt(formatDateTime(refreshedAt)) : s.notRefreshed}</p>;
}

/** The jaaroverzicht of the year the period ends in. */
export function AnnualOverviewLink({ year, query }: { year: string; query: InsightQuery }) {
  const { t } = useI18n();
  return (
    <p className="utrecht-paragraph insight-csv">
      <a className="utrecht-link utrecht-link--html-a" href={annualOverviewHref(year, query)} download>
        {t.insightWorkload.annualOverview(year)}
      </a>
    </p>
  );
}

/** `2025-03` in words: "maart 2025". */
function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The backlog per month: per phase in, out and at the month's end; `chart` is drawn between the summary and the table. */
export function BacklogSection({ view, query, chart }: { view: BacklogView; query: InsightQuery; chart?: ReactNode }) {
  const { t, locale, formatNumber } = useI18n();
  const s = t.insightWorkload.backlog;
  const last = view.months.at(-1);
  const any = view.months.some((row) => row.total > 0);
  return (
    <section className="insight-section" aria-labelledby="insight-backlog">
      <h2 className="utrecht-heading-2" id="insight-backlog">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">{any && last ? s.summary(monthName(last.month, locale), last.total) : s.summaryNone}</p>
      {chart}
      <DataTable
        caption={s.caption}
        columns={[
          s.month,
          ...LEAD_TIME_PHASES.flatMap((phase) => {
            const name = t.insight.leadTimes.measures[phase];
            return [s.entered(name), s.left(name), s.atEnd(name)];
          }),
          s.total,
        ]}
      >
        {view.months.map((row) => (
          <tr className="utrecht-table__row" key={row.month}>
            <th className="utrecht-table__header-cell" scope="row">
              {monthName(row.month, locale)}
            </th>
            {LEAD_TIME_PHASES.flatMap((phase) => [
              <td className="utrecht-table__cell utrecht-table__cell--numeric" key={`${phase}-in`}>
                {formatNumber(row.entered[phase])}
              </td>,
              <td className="utrecht-table__cell utrecht-table__cell--numeric" key={`${phase}-out`}>
                {formatNumber(row.left[phase])}
              </td>,
              <td className="utrecht-table__cell utrecht-table__cell--numeric insight-backlog__at-end" key={phase}>
                {formatNumber(row[phase])}
              </td>,
            ])}
            <td className="utrecht-table__cell utrecht-table__cell--numeric insight-backlog__at-end">{formatNumber(row.total)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph insight-note">{s.explanation}</p>
      <CsvLink href={insightCsvHref('backlog', query)} name={s.csvName} />
    </section>
  );
}

export function ReviewersSection({ view, query }: { view: ReviewersView; query: InsightQuery }) {
  const { t, formatNumber } = useI18n();
  const s = t.insightWorkload.reviewers;
  const figure = (value: number | null) => (value === null ? t.insight.none : formatNumber(value));
  const rows = [...view.reviewers.map((row) => ({ key: row.reviewerId, label: row.name, figures: row })), { key: 'total', label: s.total, figures: view.total }];
  const { total } = view;
  return (
    <section className="insight-section" aria-labelledby="insight-reviewers">
      <h2 className="utrecht-heading-2" id="insight-reviewers">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">
        {total.invited > 0 ? s.summary(total.invited, total.accepted, figure(total.medianResponseDays)) : s.summaryNone}
      </p>
      {view.reviewers.length > 0 && (
        <DataTable caption={s.caption} columns={[s.reviewer, s.invited, s.accepted, s.declined, s.expired, s.pending, s.medianResponse, s.onTime, s.late, s.missed, s.open]}>
          {rows.map(({ key, label, figures }) => (
            <tr className={`utrecht-table__row ${key === 'total' ? 'insight-total' : ''}`} key={key}>
              <th className="utrecht-table__header-cell" scope="row">
                {label}
              </th>
              {[figures.invited, figures.accepted, figures.declined, figures.expired, figures.pending].map((value, index) => (
                <td className="utrecht-table__cell utrecht-table__cell--numeric" key={index}>
                  {formatNumber(value)}
                </td>
              ))}
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(figures.medianResponseDays)}</td>
              {[figures.reviewsOnTime, figures.reviewsLate, figures.reviewsMissed, figures.openReviews].map((value, index) => (
                <td className="utrecht-table__cell utrecht-table__cell--numeric" key={index}>
                  {formatNumber(value)}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}
      <p className="utrecht-paragraph insight-note">{s.explanation}</p>
      <CsvLink href={insightCsvHref('reviewers', query)} name={s.csvName} />
    </section>
  );
}

export function CoachesSection({ view, query }: { view: CoachesView; query: InsightQuery }) {
  const { t, formatNumber } = useI18n();
  const s = t.insightWorkload.coaches;
  const figure = (value: number | null) => (value === null ? t.insight.none : formatNumber(value));
  const rows = [...view.coaches.map((row) => ({ key: row.coachId, label: row.name, figures: row })), { key: 'total', label: s.total, figures: view.total }];
  const { total } = view;
  return (
    <section className="insight-section" aria-labelledby="insight-coaches">
      <h2 className="utrecht-heading-2" id="insight-coaches">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">
        {view.coaches.length > 0 ? s.summary(total.caseload, total.feedbackGiven, figure(total.medianTurnaroundDays)) : s.summaryNone}
      </p>
      {view.coaches.length > 0 && (
        <DataTable caption={s.caption} columns={[s.coach, s.caseload, s.given, s.onTime, s.median]}>
          {rows.map(({ key, label, figures }) => (
            <tr className={`utrecht-table__row ${key === 'total' ? 'insight-total' : ''}`} key={key}>
              <th className="utrecht-table__header-cell" scope="row">
                {label}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(figures.caseload)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(figures.feedbackGiven)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(figures.feedbackOnTime)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{figure(figures.medianTurnaroundDays)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <CsvLink href={insightCsvHref('coaches', query)} name={s.csvName} />
    </section>
  );
}

export function CommitteeSection({ view, query }: { view: CommitteeMeetingsView; query: InsightQuery }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const s = t.insightWorkload.committee;
  const figure = (value: number | null) => (value === null ? t.insight.none : formatNumber(value));
  const { total } = view;
  return (
    <section className="insight-section" aria-labelledby="insight-committee">
      <h2 className="utrecht-heading-2" id="insight-committee">
        {s.heading}
      </h2>
      <p className="utrecht-paragraph insight-summary">
        {total.meetings > 0 ? s.summary(total.meetings, figure(total.casesPerMeeting), figure(total.decisionsPerMeeting)) : s.summaryNone}
      </p>
      {total.meetings > 0 && (
        <DataTable caption={s.caption} columns={[s.meeting, s.committee, s.cases, s.decisions]}>
          {view.meetings.map((row) => (
            <tr className="utrecht-table__row" key={row.meetingId}>
              <th className="utrecht-table__header-cell" scope="row">
                {formatDateTime(row.startsAt)}
              </th>
              <td className="utrecht-table__cell">{row.committeeName}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.cases)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(row.decisions)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <CsvLink href={insightCsvHref('committee-meetings', query)} name={s.csvName} />
    </section>
  );
}

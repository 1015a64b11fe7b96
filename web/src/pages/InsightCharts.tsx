import { LEAD_TIME_PHASES, type BacklogView, type LeadTimesView, type ThroughputView } from '../api/insight-api';
import { SeriesChart } from '../components/SeriesChart';
import { useI18n } from '../i18n/i18n';

/**
 * The insight page's charts, loaded only when the page draws them (Chartist stays out of every
 * other page's bundle). Each plots rows of the API's answer as they are: nothing is computed here.
 */

const LEAD_TIME_STATISTICS = ['median', 'p75', 'p90'] as const;
const THROUGHPUT_CHARTED = ['submitted', 'admitted', 'recognised', 'published'] as const;

/** Application to decision per quarter: median, p75 and p90. */
export function LeadTimeChart({ view }: { view: LeadTimesView }) {
  const { t } = useI18n();
  const s = t.insightCharts.leadTimes;
  const rows = view.byQuarter.filter((row) => row.measure === 'submissionToDecision');
  const labels = rows.map((row) => row.quarter!);
  return (
    <SeriesChart
      kind="line"
      title={s.title}
      summary={s.summary(labels[0] ?? '', labels.at(-1) ?? '')}
      labels={labels}
      series={LEAD_TIME_STATISTICS.map((statistic) => ({ name: s.series[statistic], values: rows.map((row) => row[statistic]) }))}
    />
  );
}

/** Applications in, admitted, recognised and published per quarter. */
export function ThroughputChart({ view }: { view: ThroughputView }) {
  const { t } = useI18n();
  const s = t.insightCharts.throughput;
  const labels = view.quarters.map((row) => row.quarter);
  return (
    <SeriesChart
      kind="bar"
      title={s.title}
      summary={s.summary(labels[0] ?? '', labels.at(-1) ?? '')}
      labels={labels}
      series={THROUGHPUT_CHARTED.map((measure) => ({ name: t.insight.throughput.measures[measure], values: view.quarters.map((row) => row[measure]) }))}
    />
  );
}

/** The number of applications in each phase at the end of each month. */
export function BacklogChart({ view }: { view: BacklogView }) {
  const { t, locale } = useI18n();
  const s = t.insightCharts.backlog;
  const short = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const labels = view.months.map((row) => short.format(new Date(`${row.month}-01T00:00:00Z`)));
  const long = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [first, last] = [view.months[0], view.months.at(-1)].map((row) => (row ? long.format(new Date(`${row.month}-01T00:00:00Z`)) : ''));
  return (
    <SeriesChart
      kind="line"
      title={s.title}
      summary={s.summary(first!, last!)}
      labels={labels}
      series={LEAD_TIME_PHASES.map((phase) => ({ name: t.insight.leadTimes.measures[phase], values: view.months.map((row) => row[phase]) }))}
    />
  );
}

import { BarChart, LineChart, type BarChartOptions, type Label, type LineChartOptions, type ResponsiveOptions } from 'chartist';
import 'chartist/dist/index.css';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import './series-chart.css';

export interface ChartSeries {
  name: string;
  /** One value per label, exactly as the API returned it; null leaves a gap. */
  values: (number | null)[];
}

interface SeriesChartProps {
  kind: 'line' | 'bar';
  title: string;
  /** What the chart shows, in words, for screen readers and for anyone who cannot read the picture. */
  summary: string;
  /** The x-axis labels (quarters, months). */
  labels: string[];
  series: ChartSeries[];
}

/**
 * A line or bar chart of figures the API computed, drawn by Chartist as SVG. The picture is one
 * image named by its caption; the values and the keyboard path are the data table the caller puts
 * directly after it. Series differ by colour and by line or fill pattern (series-chart.css), and the
 * legend shows both, so colour is never the only cue.
 */
export function SeriesChart({ kind, title, summary, labels, series }: SeriesChartProps) {
  const { t } = useI18n();
  const s = t.insightCharts;
  const container = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const empty = labels.length === 0 || series.every((entry) => entry.values.every((value) => value === null));

  // Redrawn only when the figures change, not on every render of the page around it.
  const figures = JSON.stringify({ labels, series });

  useEffect(() => {
    if (!container.current || empty) return;
    const drawn = JSON.parse(figures) as { labels: string[]; series: ChartSeries[] };
    const data = { labels: drawn.labels, series: drawn.series.map((entry, index) => ({ name: entry.name, className: `series-chart__series-${index}`, data: entry.values })) };
    const axisY = { onlyInteger: true, low: 0 };
    // On a phone a long axis shows every third label, so the labels do not run into each other.
    const sparseLabels = (value: Label, index: number) => (drawn.labels.length > 6 && index % 3 !== 0 ? null : value);
    const phone: ResponsiveOptions<LineChartOptions & BarChartOptions> = [['screen and (max-width: 600px)', { axisX: { labelInterpolationFnc: sparseLabels } }]];
    const chart =
      kind === 'line'
        ? new LineChart(container.current, data, { axisY, lineSmooth: false, fullWidth: true, chartPadding: { right: 40 } }, phone)
        : new BarChart(container.current, data, { axisY, seriesBarDistance: 12 }, phone);
    return () => {
      chart.detach();
    };
  }, [kind, figures, empty]);

  return (
    <figure className="series-chart">
      <figcaption id={captionId}>
        <strong className="series-chart__title">{title}</strong> <span className="series-chart__summary">{empty ? s.noData : `${summary} ${s.tableBelow}`}</span>
      </figcaption>
      {!empty && (
        <>
          <ul className="series-chart__legend" aria-label={s.legend}>
            {series.map((entry, index) => (
              <li key={entry.name}>
                <svg className={`series-chart__swatch series-chart__series-${index}`} width="32" height="12" aria-hidden="true" focusable="false">
                  <line className={kind === 'line' ? 'ct-line' : 'ct-bar-swatch'} x1="0" y1="6" x2="32" y2="6" />
                </svg>
                {entry.name}
              </li>
            ))}
          </ul>
          <div ref={container} className={`series-chart__plot series-chart__plot--${kind}`} role="img" aria-labelledby={captionId} />
        </>
      )}
    </figure>
  );
}

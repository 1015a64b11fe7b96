import type { InsightChartsMessages } from './insight-charts-nl';

export const insightChartsEn: InsightChartsMessages = {
  legend: 'Legend',
  tableBelow: 'The figures are in the table below the chart; Tab takes you there.',
  noData: 'No figures in this period, so no chart.',
  leadTimes: {
    title: 'Lead time from application to decision per quarter, in working days',
    summary: (first: string, last: string) =>
      `Line chart of the median, 75th and 90th percentile of the lead time from application to decision, per quarter from ${first} up to and including ${last}. A quarter without a decision has no point.`,
    tableCaption: 'Lead time from application to decision per quarter in working days: median, 75th and 90th percentile',
    series: { median: 'Median', p75: '75th percentile', p90: '90th percentile' },
  },
  throughput: {
    title: 'Applications and outcomes per quarter',
    summary: (first: string, last: string) =>
      `Bar chart per quarter from ${first} up to and including ${last}: four bars per quarter, from left to right applications, admitted, recognised and published.`,
  },
  backlog: {
    title: 'Backlog per phase at the end of each month',
    summary: (first: string, last: string) =>
      `Line chart of the number of applications per phase (intake, description, assessment, committee and decision) at the end of each month, from ${first} up to and including ${last}.`,
  },
};

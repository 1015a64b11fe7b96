/** One series of a chart: a value per category, as the API gave it; null leaves a gap. */
export interface PdfChartSeries {
  name: string;
  values: (number | null)[];
}

/** A line or bar chart of figures computed elsewhere: this module only draws them. */
export interface PdfChart {
  kind: 'line' | 'bar';
  title: string;
  /** What the vertical axis counts ("aanvragen", "werkdagen"); shown above it. */
  valueAxis: string;
  /** What the categories are ("kwartaal", "maand"); shown under the horizontal axis. */
  categoryAxis: string;
  categories: string[];
  series: PdfChartSeries[];
  /** Shown instead of the plot when no series has a value. */
  noData: string;
}

/**
 * The series' looks: besides its colour (the web's, each at least 3:1 on white) every series has its
 * own dash and marker (lines) or fill pattern (bars), so the chart reads the same printed in black and
 * white. The legend shows the same.
 */
const STYLES = [
  { colour: '#1d4f91', dash: null, marker: 'circle', hatch: null },
  { colour: '#a8400a', dash: [9, 4], marker: 'square', hatch: 'diagonal' },
  { colour: '#2b6b34', dash: [3, 3], marker: 'triangle', hatch: 'horizontal' },
  { colour: '#6d2a82', dash: [12, 3, 3, 3], marker: 'diamond', hatch: 'cross' },
  { colour: '#3d3d3d', dash: [6, 6], marker: 'cross', hatch: 'vertical' },
] as const;
type SeriesStyle = (typeof STYLES)[number];

const TEXT = '#000000';
const GRID = '#9a9a9a';
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** An axis from 0 to a round maximum in 4–6 whole steps of 1, 2 or 5 × 10ⁿ. */
export function valueScale(highest: number): { top: number; step: number } {
  if (highest <= 0) return { top: 1, step: 1 };
  const rough = highest / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!);
  return { top: Math.ceil(highest / step) * step, step };
}

/** The height the chart takes, title and legend included, at a given width. */
export function chartHeight(chart: PdfChart): number {
  return hasData(chart) ? 240 : 40;
}

function hasData(chart: PdfChart): boolean {
  return chart.categories.length > 0 && chart.series.some((series) => series.values.some((value) => value !== null));
}

/**
 * Draws the chart into the box at (x, y) with the given width: title, value axis with grid lines and
 * whole-number ticks, category labels, the plot, and a legend under it. Bars carry their value above
 * them. Leaves the document's cursor under the legend.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: PdfChart, x: number, y: number, width: number): void {
  doc.font(BOLD).fontSize(10).fillColor(TEXT).text(chart.title, x, y, { width });
  if (!hasData(chart)) {
    doc.font(FONT).fontSize(9).text(chart.noData, x, doc.y + 4, { width });
    doc.x = x;
    return;
  }
  const values = chart.series.flatMap((series) => series.values).filter((value): value is number => value !== null);
  const { top, step } = valueScale(Math.max(...values));
  const axisWidth = 34;
  // Room above the plot for the axis name and, apart from it, a bar's value at the top of the scale.
  const plot = { left: x + axisWidth, top: doc.y + 26, width: width - axisWidth - 6, height: 140 };
  const yOf = (value: number) => plot.top + plot.height - (value / top) * plot.height;

  doc.font(FONT).fontSize(8).fillColor(TEXT).text(chart.valueAxis, x, plot.top - 24, { width, lineBreak: false });
  doc.save().lineWidth(0.5);
  for (let tick = 0; tick <= top; tick += step) {
    doc.moveTo(plot.left, yOf(tick)).lineTo(plot.left + plot.width, yOf(tick)).strokeColor(GRID).stroke();
    doc.fillColor(TEXT).text(dutchNumber(tick), x, yOf(tick) - 3.5, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }
  doc.moveTo(plot.left, plot.top).lineTo(plot.left, plot.top + plot.height).lineTo(plot.left + plot.width, plot.top + plot.height).strokeColor(TEXT).stroke();
  doc.restore();

  const slot = plot.width / chart.categories.length;
  chart.categories.forEach((category, index) => {
    doc.font(FONT).fontSize(8).fillColor(TEXT).text(category, plot.left + index * slot, plot.top + plot.height + 4, { width: slot, align: 'center', lineBreak: false });
  });
  doc.text(chart.categoryAxis, plot.left, plot.top + plot.height + 16, { width: plot.width, align: 'center', lineBreak: false });

  if (chart.kind === 'bar') drawBars(doc, chart, plot, slot, yOf);
  else drawLines(doc, chart, plot, slot, yOf);
  drawLegend(doc, chart, x, plot.top + plot.height + 32, width);
}

type Plot = { left: number; top: number; width: number; height: number };

/** Grouped bars, series in the legend's order, each with its value above it. */
function drawBars(doc: PDFKit.PDFDocument, chart: PdfChart, plot: Plot, slot: number, yOf: (value: number) => number): void {
  const gap = Math.min(12, slot * 0.2);
  const barWidth = (slot - gap) / chart.series.length;
  chart.categories.forEach((_, index) => {
    chart.series.forEach((series, number) => {
      const value = series.values[index];
      if (value === null || value === undefined) return;
      const left = plot.left + index * slot + gap / 2 + number * barWidth;
      const top = yOf(value);
      bar(doc, STYLES[number % STYLES.length], left, top, barWidth, plot.top + plot.height - top);
      doc.font(FONT).fontSize(6.5).fillColor(TEXT).text(dutchNumber(value), left - 4, top - 8, { width: barWidth + 8, align: 'center', lineBreak: false });
    });
  });
}

/** One bar: filled with the series' colour, its pattern drawn over it in white, outlined in black. */
function bar(doc: PDFKit.PDFDocument, style: SeriesStyle, left: number, top: number, width: number, height: number): void {
  doc.save().lineWidth(0.6).rect(left, top, width, height).fillAndStroke(style.colour, TEXT);
  if (style.hatch && height > 0) {
    doc.rect(left, top, width, height).clip().lineWidth(1).strokeColor('#ffffff');
    const spacing = 3.5;
    if (style.hatch === 'diagonal' || style.hatch === 'cross')
      for (let offset = -height; offset < width; offset += spacing) doc.moveTo(left + offset, top + height).lineTo(left + offset + height, top).stroke();
    if (style.hatch === 'cross')
      for (let offset = 0; offset < width + height; offset += spacing) doc.moveTo(left + offset, top + height).lineTo(left + offset - height, top).stroke();
    if (style.hatch === 'horizontal') for (let offset = top + height - spacing; offset > top; offset -= spacing) doc.moveTo(left, offset).lineTo(left + width, offset).stroke();
    if (style.hatch === 'vertical') for (let offset = left + spacing / 2; offset < left + width; offset += spacing) doc.moveTo(offset, top).lineTo(offset, top + height).stroke();
  }
  doc.restore();
}

/** A line per series through the categories' middles, broken where a value is missing, a marker on every point. */
function drawLines(doc: PDFKit.PDFDocument, chart: PdfChart, plot: Plot, slot: number, yOf: (value: number) => number): void {
  chart.series.forEach((series, number) => {
    const style = STYLES[number % STYLES.length];
    const points = series.values.map((value, index) => (value === null ? null : { x: plot.left + (index + 0.5) * slot, y: yOf(value) }));
    doc.save().lineWidth(1.6).strokeColor(style.colour);
    if (style.dash) dashPattern(doc, style.dash);
    points.forEach((point, index) => {
      const before = points[index - 1];
      if (point && before) doc.moveTo(before.x, before.y).lineTo(point.x, point.y).stroke();
    });
    doc.restore();
    for (const point of points) if (point) marker(doc, style, point.x, point.y);
  });
}

function marker(doc: PDFKit.PDFDocument, style: SeriesStyle, x: number, y: number): void {
  const r = 2.8;
  doc.save().lineWidth(0.8).fillColor(style.colour).strokeColor(TEXT);
  if (style.marker === 'circle') doc.circle(x, y, r).fillAndStroke();
  if (style.marker === 'square') doc.rect(x - r, y - r, 2 * r, 2 * r).fillAndStroke();
  if (style.marker === 'triangle') doc.polygon([x, y - r - 0.6], [x + r + 0.4, y + r], [x - r - 0.4, y + r]).fillAndStroke();
  if (style.marker === 'diamond') doc.polygon([x, y - r - 0.8], [x + r + 0.8, y], [x, y + r + 0.8], [x - r - 0.8, y]).fillAndStroke();
  if (style.marker === 'cross') {
    doc.lineWidth(1.6).strokeColor(style.colour);
    doc.moveTo(x - r, y - r).lineTo(x + r, y + r).stroke();
    doc.moveTo(x - r, y + r).lineTo(x + r, y - r).stroke();
  }
  doc.restore();
}

/** Each series' swatch (its dash and marker, or its bar pattern) and name, side by side, wrapping. */
function drawLegend(doc: PDFKit.PDFDocument, chart: PdfChart, x: number, y: number, width: number): void {
  let left = x;
  let top = y;
  doc.font(FONT).fontSize(8).fillColor(TEXT);
  chart.series.forEach((series, number) => {
    const style = STYLES[number % STYLES.length];
    const entryWidth = 30 + doc.widthOfString(series.name) + 14;
    if (left + entryWidth > x + width && left > x) {
      left = x;
      top += 14;
    }
    if (chart.kind === 'bar') bar(doc, style, left, top, 22, 9);
    else {
      doc.save().lineWidth(1.6).strokeColor(style.colour);
      if (style.dash) dashPattern(doc, style.dash);
      doc.moveTo(left, top + 4.5).lineTo(left + 24, top + 4.5).stroke();
      doc.restore();
      marker(doc, style, left + 12, top + 4.5);
    }
    doc.font(FONT).fontSize(8).fillColor(TEXT).text(series.name, left + 30, top + 1, { lineBreak: false });
    left += entryWidth;
  });
  doc.x = x;
  doc.y = top + 18;
}

/** pdfkit writes a pattern of several lengths (`[12 3 3 3] 0 d`); its type declarations allow one length only. */
function dashPattern(doc: PDFKit.PDFDocument, pattern: readonly number[]): void {
  (doc.dash as unknown as (lengths: number[], options: object) => PDFKit.PDFDocument).call(doc, [...pattern], {});
}

/** A Dutch number: a decimal comma. */
export function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}

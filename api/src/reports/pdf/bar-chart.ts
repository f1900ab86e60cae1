export interface BarSeries {
  label: string;
  colour: string;
  /** One value per category; null draws no bar (no figure for it). */
  values: Array<number | null>;
}

export interface BarChart {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** How an axis value is written, e.g. "$12k" or "40 h". */
  format: (value: number) => string;
}

const AXIS = '#555555';
const GRID = '#dddddd';

/** The axis top: a round number at or above the largest value, so gridlines fall on round values. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

/**
 * Grouped vertical bars drawn with PDF vector paths (no image, nothing fetched): a title, four
 * gridlines with their values, one group of bars per category and a legend.
 */
export function drawBarChart(
  doc: PDFKit.PDFDocument,
  chart: BarChart,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const top = y + 22;
  const plotLeft = x + 48;
  const plotBottom = y + height - 34;
  const plotHeight = plotBottom - top;
  const plotWidth = width - 48;
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...values));
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(10).text(chart.title, x, y, { width });
  doc.font('Helvetica').fontSize(7);
  for (let i = 0; i <= 4; i++) {
    const value = (max * i) / 4;
    const gy = plotBottom - (plotHeight * i) / 4;
    doc
      .moveTo(plotLeft, gy)
      .lineTo(plotLeft + plotWidth, gy)
      .lineWidth(0.5)
      .strokeColor(i === 0 ? AXIS : GRID)
      .stroke();
    doc.fillColor(AXIS).text(chart.format(value), x, gy - 3, { width: 44, align: 'right' });
  }
  const groupWidth = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, chart.series.length);
  chart.categories.forEach((category, c) => {
    const groupLeft = plotLeft + c * groupWidth + groupWidth * 0.15;
    chart.series.forEach((series, s) => {
      const value = series.values[c];
      if (value === null || value <= 0) return;
      const h = (plotHeight * value) / max;
      doc
        .rect(groupLeft + s * barWidth, plotBottom - h, barWidth * 0.92, h)
        .fillColor(series.colour)
        .fill();
    });
    doc
      .fillColor(AXIS)
      // At most two lines under the bar: a long role name ends in an ellipsis, not in the table below.
      .text(category, plotLeft + c * groupWidth, plotBottom + 4, {
        width: groupWidth,
        align: 'center',
        height: 22,
        ellipsis: true,
      });
  });
  let legendX = plotLeft;
  for (const series of chart.series) {
    doc
      .rect(legendX, y + height - 12, 8, 8)
      .fillColor(series.colour)
      .fill();
    doc.fillColor('#000000').text(series.label, legendX + 11, y + height - 11);
    legendX += 11 + doc.widthOfString(series.label) + 18;
  }
}

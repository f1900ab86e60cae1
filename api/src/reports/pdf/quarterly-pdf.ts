import { minorUnitExponent } from '@frameledger/analytics';
import PDFDocument from 'pdfkit';
import { QuarterlySummaryType } from '../quarterly/quarterly-summary.types';
import { money } from '../../platform/graphql/money-format';
import { drawBarChart } from './bar-chart';
import { drawTable } from './pdf-table';

const HUMAN = '#4a6fa5';
const AI = '#e08a2c';
const DISPLACED = '#b5443a';
const CREATED = '#4f9a5b';

/** A quarter of the trend chart: its summary, or why there is none (a missing FX rate). */
export interface TrendQuarter {
  quarter: string;
  summary?: QuarterlySummaryType;
  missing?: string;
}

/** One production's quarter beside its previous one (absent where that quarter has no FX rate). */
export interface ProductionQuarter {
  code: string;
  current: QuarterlySummaryType;
  previous?: QuarterlySummaryType;
}

/** What the PDF prints in place of codes: the names people call roles by. */
export interface PdfNames {
  role(code: string): string;
}

/** The change from one quarter's total spend to the next, signed: "+$1,757.00". */
function change(current: QuarterlySummaryType, previous: QuarterlySummaryType | undefined): string {
  if (!previous) return 'n/a';
  const diff = money(
    current.totalSpend.amountMinor - previous.totalSpend.amountMinor,
    current.totalSpend.currency,
  );
  return diff.amountMinor > 0n ? `+${diff.formatted}` : diff.formatted;
}

const percent = (share: number | null) => (share === null ? 'n/a' : `${(share * 100).toFixed(1)}%`);
const hours = (h: number) => `${h.toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
const major = (m: { amountMinor: bigint; currency: string }) =>
  Number(m.amountMinor) / 10 ** minorUnitExponent(m.currency);

function compact(value: number, currency: string): string {
  const abs = Math.abs(value);
  const scaled =
    abs >= 1e6
      ? `${(value / 1e6).toFixed(1)}M`
      : abs >= 1e4
        ? `${(value / 1e3).toFixed(0)}k`
        : abs >= 1e3
          ? `${(value / 1e3).toFixed(1)}k`
          : value.toFixed(0);
  return `${scaled} ${currency}`;
}

function row(doc: PDFKit.PDFDocument, label: string, value: string, y: number): void {
  doc.font('Helvetica').fontSize(10).fillColor('#000000').text(label, 56, y, { width: 300 });
  doc.text(value, 356, y, { width: 180, align: 'right' });
}

/**
 * The quarterly summary as a PDF an executive can send on: the first page names the quarter and
 * carries the headline figures and the spend-by-quarter chart; the second the labour impact by
 * role, as a chart and a table. Charts are vector paths; nothing is fetched.
 */
export function quarterlyPdf(
  summary: QuarterlySummaryType,
  trend: TrendQuarter[],
  generatedAt: Date,
  names: PdfNames,
  productions: readonly ProductionQuarter[],
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `FrameLedger quarterly summary ${summary.quarter}`, Author: 'FrameLedger' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const c = summary.currency;
  const previous = trend.length > 1 ? trend[trend.length - 2] : undefined;

  doc.font('Helvetica-Bold').fontSize(20).text(`Quarterly summary ${summary.quarter}`);
  doc.font('Helvetica').fontSize(10).fillColor('#555555');
  doc.text(
    `${summary.from} to ${summary.to} (exclusive), ${summary.productionCodes ? `productions ${summary.productionCodes.join(', ')}` : 'every production'}, in ${c} at each quarter's booked FX rate.`,
  );
  doc.text(`Generated ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by FrameLedger.`);
  let y = 140;
  const lines: Array<[string, string]> = [
    ['Spend on human tasks', summary.humanSpend.value.formatted],
    ['Spend on AI tasks (hours, compute, licences)', summary.aiSpend.value.formatted],
    ['Total spend', summary.totalSpend.formatted],
    [
      `Change in total spend against ${previous?.quarter ?? 'the previous quarter'}`,
      change(summary, previous?.summary),
    ],
    ['All-human baseline of the AI work finished', summary.allHumanBaseline.value.formatted],
    ['What that AI work cost', summary.aiPathCost.value.formatted],
    ['Savings against the all-human baseline', summary.savings.value.formatted],
    [
      'AI share of tasks worked',
      `${percent(summary.aiShareOfTasks)} (${summary.aiTasksWorked} of ${summary.tasksWorked})`,
    ],
    [
      'AI share of hours logged',
      `${percent(summary.aiShareOfHours)} (${hours(summary.aiTaskHours)} of ${hours(summary.hoursLogged)})`,
    ],
    [
      'Median speed-up of the AI tasks finished',
      summary.speedUp.median === null
        ? 'n/a'
        : `${summary.speedUp.median.toFixed(2)}x (${summary.speedUp.tasks} tasks)`,
    ],
    ['GPU hours', hours(summary.machineHours)],
    [
      'Displaced / created FTE',
      `${summary.labourTotals.displacedFte.toFixed(2)} / ${summary.labourTotals.createdFte.toFixed(2)}`,
    ],
  ];
  for (const [label, value] of lines) {
    row(doc, label, value, y);
    y += 18;
  }
  drawBarChart(
    doc,
    {
      title: `Spend by quarter, human vs AI (${c})`,
      categories: trend.map((t) => t.quarter),
      series: [
        {
          label: 'Human tasks',
          colour: HUMAN,
          values: trend.map((t) => (t.summary ? major(t.summary.humanSpend.value) : null)),
        },
        {
          label: 'AI tasks',
          colour: AI,
          values: trend.map((t) => (t.summary ? major(t.summary.aiSpend.value) : null)),
        },
      ],
      format: (v) => compact(v, c),
    },
    56,
    y + 20,
    480,
    220,
  );
  const gaps = trend.filter((t) => t.missing);
  doc.font('Helvetica').fontSize(8).fillColor('#555555');
  gaps.forEach((t, i) => doc.text(`${t.quarter}: ${t.missing}`, 56, y + 250 + i * 11, { width: 480 }));

  doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor('#000000')
    .text(`Labour impact by role, ${summary.quarter}`);
  const roles = summary.labourByRole;
  drawBarChart(
    doc,
    {
      title: 'Displaced vs created hours',
      categories: roles.map((r) => names.role(r.role ?? '')),
      series: [
        { label: 'Displaced', colour: DISPLACED, values: roles.map((r) => r.displacedHours) },
        { label: 'Created', colour: CREATED, values: roles.map((r) => r.createdHours) },
      ],
      format: (v) => `${v.toLocaleString('en-US', { maximumFractionDigits: 0 })} h`,
    },
    56,
    100,
    480,
    240,
  );
  y = drawTable(
    doc,
    [
      { header: 'Role', width: 116 },
      { header: 'Displaced h', width: 64, align: 'right' },
      { header: 'Created h', width: 64, align: 'right' },
      { header: 'Net h', width: 56, align: 'right' },
      { header: 'Displaced FTE', width: 56, align: 'right' },
      { header: 'Loaded wages displaced (rate + fringes)', width: 100, align: 'right' },
    ],
    [
      ...roles.map((r) => ({ ...r, role: names.role(r.role ?? '') })),
      { ...summary.labourTotals, role: 'All roles' },
    ].map((r) => [
      r.role,
      hours(r.displacedHours),
      hours(r.createdHours),
      hours(r.netHours),
      r.displacedFte.toFixed(2),
      r.wagesDisplaced.formatted,
    ]),
    56,
    370,
  );
  doc
    .fontSize(8)
    .fillColor('#555555')
    .text(
      'Displaced hours: for each AI task whose last AI job finished in the quarter, its bid less the craft hours (artist, rework, supervision) still logged on it, never below zero. ' +
        'Created hours: AI operator and AI review hours logged in the quarter. FTE: hours / (the rate card’s FTE hours a year / 4). ' +
        'Every figure shows its working in the FrameLedger dashboard (docs/reports.md).',
      56,
      y + 16,
      { width: 480 },
    );

  doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .fillColor('#000000')
    .text(`Spend by production, ${summary.quarter}`);
  const before = previous?.quarter ?? 'previous quarter';
  drawTable(
    doc,
    [
      { header: 'Production', width: 90 },
      { header: `Total spend ${summary.quarter}`, width: 80, align: 'right' },
      { header: `Total spend ${before}`, width: 80, align: 'right' },
      { header: 'Change', width: 76, align: 'right' },
      { header: 'Savings against the all-human baseline', width: 80, align: 'right' },
      { header: 'Displaced FTE', width: 50, align: 'right' },
    ],
    [
      ...productions.map((p) => ({ name: p.code, ...p })),
      { name: 'All productions', current: summary, previous: previous?.summary },
    ].map((p) => [
      p.name,
      p.current.totalSpend.formatted,
      p.previous?.totalSpend.formatted ?? 'n/a (no FX rate)',
      change(p.current, p.previous),
      p.current.savings.value.formatted,
      p.current.labourTotals.displacedFte.toFixed(2),
    ]),
    56,
    100,
  );
  doc.end();
  return done;
}

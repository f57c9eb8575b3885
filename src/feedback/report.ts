// `npm run feedback:report`: the answers per page and month, worst first, for editors. Text or --csv.
import type { MonthlyTotal } from './store.ts';

/** Fewer answers than this and a share of ja says nothing: the row is marked as too few to judge. */
const MINIMUM_ANSWERS = 10;
const TOO_FEW = 'för få svar för att bedöma';

export interface ReportRow extends MonthlyTotal {
  total: number;
  /** The share of ja, 0–1. */
  shareJa: number;
  judged: boolean;
}

/** Judged rows first, lowest share of ja first (then most answers, newest month); then the rows with too few answers. */
export function reportRows(totals: readonly MonthlyTotal[]): ReportRow[] {
  return totals
    .map((row) => {
      const total = row.ja + row.nej;
      return { ...row, total, shareJa: total ? row.ja / total : 0, judged: total >= MINIMUM_ANSWERS };
    })
    .sort(
      (a, b) =>
        Number(b.judged) - Number(a.judged) ||
        (a.judged ? a.shareJa - b.shareJa : 0) ||
        b.total - a.total ||
        b.month.localeCompare(a.month) ||
        a.page.localeCompare(b.page),
    );
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

export function formatText(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return 'Inga svar ännu.\n';
  const header = ['Sida', 'Månad', 'Ja', 'Nej', 'Svar', 'Andel ja', 'Bedömning'];
  const cells = rows.map((row) => [
    row.page,
    row.month,
    String(row.ja),
    String(row.nej),
    String(row.total),
    percent(row.shareJa),
    row.judged ? '' : TOO_FEW,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (values: string[]) =>
    values
      .map((value, column) => (numeric.has(column) ? value.padStart(widths[column]) : value.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [
    'Hjälpte informationen på sidan dig? Svar per sida och månad, sämst först.',
    `Rader med färre än ${MINIMUM_ANSWERS} svar står sist: de är för få för att bedöma.`,
    '',
    line(header),
    ...cells.map(line),
    '',
  ].join('\n');
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function formatCsv(rows: readonly ReportRow[]): string {
  const header = ['sida', 'månad', 'ja', 'nej', 'svar', 'andel_ja', 'bedömning'];
  const lines = rows.map((row) =>
    [
      row.page,
      row.month,
      String(row.ja),
      String(row.nej),
      String(row.total),
      row.shareJa.toFixed(2),
      row.judged ? '' : TOO_FEW,
    ]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines, ''].join('\n');
}

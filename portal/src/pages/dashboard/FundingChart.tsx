/**
 * A pilot action's money by funding source as horizontal bars, committed beside spent. Loaded on
 * demand (chart.js stays out of the Portal's first page), with only the parts of chart.js it draws
 * with registered. The canvas is an image named by its label and described by the table of the
 * same figures that always sits beside it.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface FundingChartProps {
  /** One bar pair per source: its name and the amounts in euro. */
  readonly rows: readonly { readonly label: string; readonly committed: number; readonly spent: number }[];
  readonly labels: { readonly committed: string; readonly spent: string; readonly chart: string };
  /** The id of the table with the same figures. */
  readonly describedBy: string;
  readonly language: string;
  readonly rtl: boolean;
}

// Bootstrap Italia's primary blue and its dark green: both readable on white.
const COMMITTED = '#0066cc';
const SPENT = '#00744a';

const LABEL_LENGTH = 32;
const short = (label: string) =>
  label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;

export default function FundingChart({ rows, labels, describedBy, language, rtl }: FundingChartProps) {
  const money = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (
    <div style={{ position: 'relative', height: `${80 + rows.length * 56}px` }}>
      <Bar
        role="img"
        aria-label={labels.chart}
        aria-describedby={describedBy}
        data={{
          labels: rows.map((row) => row.label),
          datasets: [
            { label: labels.committed, data: rows.map((row) => row.committed), backgroundColor: COMMITTED },
            { label: labels.spent, data: rows.map((row) => row.spent), backgroundColor: SPENT },
          ],
        }}
        options={{
          indexAxis: 'y',
          locale: language,
          responsive: true,
          maintainAspectRatio: false,
          // Drawn at once: no motion to sit through, and the same picture every time.
          animation: false,
          plugins: { legend: { position: 'bottom', rtl }, tooltip: { rtl } },
          scales: {
            x: {
              beginAtZero: true,
              reverse: rtl,
              ticks: { callback: (value) => money.format(Number(value)) },
            },
            // Long names are cut on the axis; the tooltip and the table give them whole.
            y: {
              position: rtl ? 'right' : 'left',
              ticks: { callback: (_value, index) => short(rows[index]?.label ?? '') },
            },
          },
        }}
      />
    </div>
  );
}

import { axisTicks, position } from './chart-scale.ts';
import './charts.css';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Drawn in the accent colour: the winner of a report. */
  highlight?: boolean;
}

const labelWidth = 290;
const plotWidth = 520;
const valueWidth = 110;
const rowHeight = 28;
const top = 22;

/**
 * Horizontal bars, one per item, against a rounded axis. The drawing is an image with
 * a name and a summary; every bar says its label and value as a tooltip, and the
 * report's table beside it holds the same figures for screen readers and copying.
 */
export function BarChart({ title, summary, bars, format }: { title: string; summary: string; bars: readonly Bar[]; format: (value: number) => string }) {
  // All zero: nothing to draw; the report's words and table say so.
  if (bars.every((bar) => bar.value === 0)) return null;
  const axis = axisTicks(bars.map((bar) => bar.value));
  const height = top + bars.length * rowHeight + 8;
  const x = (value: number) => labelWidth + position(value, axis.min, axis.max, plotWidth);
  const cut = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${labelWidth + plotWidth + valueWidth} ${height}`} role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
        {axis.ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={x(tick)} x2={x(tick)} y1={top - 4} y2={height - 8} />
            <text x={x(tick)} y={12} textAnchor="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const y = top + index * rowHeight;
          const start = x(Math.min(0, bar.value));
          const end = x(Math.max(0, bar.value));
          return (
            <g key={bar.key} className={bar.highlight ? 'chart-bar chart-bar-highlight' : 'chart-bar'}>
              <title>{`${bar.label}: ${format(bar.value)}`}</title>
              <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" className="chart-label">
                {bar.highlight ? '★ ' : ''}
                {cut(bar.label)}
              </text>
              <rect x={start} y={y + 4} width={Math.max(1, end - start)} height={rowHeight - 8} rx={3} />
              <text x={end + 6} y={y + rowHeight / 2 + 4} className="chart-value">
                {format(bar.value)}
              </text>
            </g>
          );
        })}
        <line x1={x(0)} x2={x(0)} y1={top - 4} y2={height - 8} className="chart-axis" />
      </svg>
    </figure>
  );
}

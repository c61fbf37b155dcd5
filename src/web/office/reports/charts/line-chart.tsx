import { axisTicks, position } from './chart-scale.ts';
import './charts.css';

export interface Point {
  key: string;
  /** Under the axis: "01.03". */
  label: string;
  value: number;
  /** In the tooltip: "1 March 2026: 12 500 ₽". */
  description: string;
}

const left = 90;
const plotWidth = 700;
const plotHeight = 220;
const top = 12;
const bottom = 34;

/** A line over days with a dot per day; the table beside it holds the same figures. */
export function LineChart({ title, summary, points, format }: { title: string; summary: string; points: readonly Point[]; format: (value: number) => string }) {
  const axis = axisTicks(points.map((point) => point.value));
  const x = (index: number) => left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => top + plotHeight - position(value, axis.min, axis.max, plotHeight);
  const every = Math.max(1, Math.ceil(points.length / 10));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${left + plotWidth + 30} ${top + plotHeight + bottom}`} role="img" aria-label={`${title}. ${summary}`} className="chart-svg">
        {axis.ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={left} x2={left + plotWidth} y1={y(tick)} y2={y(tick)} />
            <text x={left - 8} y={y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        <polyline className="chart-line" points={points.map((point, index) => `${x(index)},${y(point.value)}`).join(' ')} />
        {points.map((point, index) => (
          <g key={point.key} className="chart-point">
            <title>{point.description}</title>
            <circle cx={x(index)} cy={y(point.value)} r={4} />
            {index % every === 0 || index === points.length - 1 ? (
              <text x={x(index)} y={top + plotHeight + 20} textAnchor="middle">
                {point.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
    </figure>
  );
}

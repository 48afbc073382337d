import type { WeekTotal } from './log-stats.ts';
import { formatPracticeTime } from './log-stats.ts';

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 24;
const TOP = 16;

const weekLabel = (start: number) => new Date(start).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/**
 * Practice time per week as an SVG bar chart (LOG2), scaled to the best week. The same numbers
 * are in a table for screen readers; the drawing itself is one labelled image.
 */
export function WeeklyChart(props: { weeks: readonly WeekTotal[] }) {
  const max = Math.max(60, ...props.weeks.map((week) => week.seconds));
  const slot = WIDTH / Math.max(1, props.weeks.length);
  const total = props.weeks.reduce((sum, week) => sum + week.seconds, 0);
  return (
    <figure className="weekly-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Practice time per week: ${formatPracticeTime(total)} over ${props.weeks.length} weeks`}>
        <line x1={0} y1={HEIGHT - AXIS} x2={WIDTH} y2={HEIGHT - AXIS} className="chart-axis" />
        {props.weeks.map((week, index) => {
          const height = ((HEIGHT - AXIS - TOP) * week.seconds) / max;
          const x = index * slot + slot * 0.15;
          return (
            <g key={week.weekStart}>
              <rect x={x} y={HEIGHT - AXIS - height} width={slot * 0.7} height={height} rx={3} className="chart-bar">
                <title>{`${weekLabel(week.weekStart)}: ${formatPracticeTime(week.seconds)}`}</title>
              </rect>
              {(index % 2 === props.weeks.length % 2 || props.weeks.length <= 6) && (
                <text x={x + slot * 0.35} y={HEIGHT - 6} textAnchor="middle" className="chart-label">
                  {weekLabel(week.weekStart)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">Practice time per week (weeks start on Monday)</figcaption>
      <table className="visually-hidden">
        <caption>Practice time per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((week) => (
            <tr key={week.weekStart}>
              <td>{weekLabel(week.weekStart)}</td>
              <td>{formatPracticeTime(week.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

import { useMemo } from 'react';
import { sectionColor, type SongWithSections } from '../../lib/library-api.ts';
import { barsLabel } from './section-names.ts';
import { curveBars, tempoCurve } from './tempo-curve.ts';

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 8;

/** A small picture of the tempo over the song's bars, with the sections as a band underneath (EDIT6). */
export function TempoCurveChart(props: { song: SongWithSections }) {
  const { song } = props;
  const bars = curveBars(song);
  const points = useMemo(() => tempoCurve(song, bars), [song, bars]);
  const tempos = points.map((point) => point.bpm);
  const low = Math.min(...tempos);
  const high = Math.max(...tempos);
  const span = Math.max(10, high - low);
  const x = (bar: number) => (bar / bars) * WIDTH;
  const y = (bpm: number) => PAD + (1 - (bpm - low + (span - (high - low)) / 2) / span) * (HEIGHT - 2 * PAD);
  const summary =
    low === high
      ? `Tempo over ${barsLabel(bars)}: a steady ${low} bpm.`
      : `Tempo over ${barsLabel(bars)}: starts at ${points[0]?.bpm} bpm, ranges from ${Math.round(low)} to ${Math.round(high)} bpm, ends at ${Math.round(points.at(-1)?.bpm ?? low)} bpm.`;

  let start = 0;
  const bands = song.sections.map((section) => {
    const band = { id: section.id, x: x(start), width: x(section.bars), color: sectionColor(section) };
    start += section.bars;
    return band;
  });

  return (
    <figure className="tempo-curve">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 10}`} preserveAspectRatio="none" role="img" aria-label={summary}>
        {bands.map((band) => (
          <rect key={band.id} x={band.x} y={HEIGHT + 2} width={band.width} height={8} fill={band.color} />
        ))}
        <polyline
          points={points.map((point) => `${x(point.x)},${y(point.bpm)}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="tempo-curve-scale" aria-hidden="true">
        <span>bar 1</span>
        <span>
          {Math.round(low) === Math.round(high) ? `${Math.round(low)} bpm` : `${Math.round(low)}–${Math.round(high)} bpm`}
        </span>
        <span>bar {bars}</span>
      </figcaption>
    </figure>
  );
}

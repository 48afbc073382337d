import type { StripSegment } from './song-card-model.ts';

/**
 * A thin bar of the song's sections, each as wide as its bars and colored by confidence. Purely
 * visual (the card states the numbers in words), so it is hidden from assistive technology.
 */
export function SectionStrip(props: { segments: readonly StripSegment[] }) {
  if (props.segments.length === 0) return null;
  return (
    <span className="section-strip" aria-hidden="true">
      {props.segments.map((segment, index) => (
        <span
          // Sections have no id here (the list cache keeps none, LF13); their order is the song's.
          key={index}
          className="section-strip-part"
          data-confidence={segment.confidence}
          style={{ flexGrow: segment.bars }}
          title={`${segment.name}: ${segment.bars} bars, confidence ${segment.confidence}/5`}
        />
      ))}
    </span>
  );
}

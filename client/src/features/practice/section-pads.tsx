import type { Section } from '../../lib/library-api.ts';

/** One pad per section: tap to include it in the loop; "Done" counts a practice of it. */
export function SectionPads(props: {
  sections: readonly Section[];
  chosen: ReadonlySet<string>;
  focusIds: ReadonlySet<string>;
  doneCounts: ReadonlyMap<string, number>;
  playingSectionId: string | null;
  disabled: boolean;
  onToggle(sectionId: string): void;
  onMarkDone(section: Section): void;
}) {
  return (
    <ul className="section-pads" aria-label="Sections">
      {props.sections.map((section) => {
        const done = props.doneCounts.get(section.id) ?? 0;
        return (
          <li key={section.id} className="section-pad" data-playing={props.playingSectionId === section.id || undefined}>
            <button
              type="button"
              className="section-pad-toggle"
              aria-pressed={props.chosen.has(section.id)}
              onClick={() => props.onToggle(section.id)}
            >
              <span className="section-pad-name">{section.name}</span>
              <span className="section-pad-meta">
                {section.bars === 1 ? '1 bar' : `${section.bars} bars`} · confidence{' '}
                <span className="confidence-dot" data-confidence={section.confidence} aria-hidden="true" />
                {section.confidence}/5
                {props.focusIds.has(section.id) && <span className="focus-badge"> · focus</span>}
              </span>
            </button>
            <button
              type="button"
              className="button section-pad-done"
              disabled={props.disabled}
              onClick={() => props.onMarkDone(section)}
              aria-label={`Mark ${section.name} done`}
            >
              {done > 0 ? `Done ×${done}` : 'Mark done'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

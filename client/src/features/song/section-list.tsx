import { sectionColor, type Section } from '../../lib/library-api.ts';

/** The song's sections in order, with length and confidence, each edged in its color. */
export function SectionList(props: { sections: readonly Section[] }) {
  return (
    <section className="section-list" aria-labelledby="sections-heading">
      <h2 id="sections-heading">Sections</h2>
      {props.sections.length === 0 ? (
        <p className="muted">No sections yet. Mapping a song into intro, verse, chorus… comes next.</p>
      ) : (
        <ol className="section-items">
          {props.sections.map((section) => (
            <li
              key={section.id}
              className="section-item"
              data-type={section.type}
              style={{ borderInlineStartColor: sectionColor(section) }}
            >
              <span className="section-name">{section.name}</span>
              <span className="section-meta">
                {section.bars === 1 ? '1 bar' : `${section.bars} bars`} · confidence {section.confidence}/5
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

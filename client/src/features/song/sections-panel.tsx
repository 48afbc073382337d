import { useId, useRef, useState } from 'react';
import type { SongWithSections } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { AddSectionForm } from './add-section-form.tsx';
import { SectionEditor } from './section-editor.tsx';
import { barsLabel } from './section-names.ts';
import { SectionStrip } from './section-strip.tsx';
import { useGuardedWrite } from './use-guarded-write.ts';

/** The song's map of sections: the strip, the selected section's editor and a form to add one. */
export function SectionsPanel(props: { song: SongWithSections; readOnly: boolean }) {
  const { song } = props;
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The chosen section, or the first one: after a delete (here or in another tab) something stays selected.
  const selectedIndex = Math.max(0, song.sections.findIndex((section) => section.id === selectedId));
  const selected = song.sections[selectedIndex];
  const totalBars = song.sections.reduce((sum, section) => sum + section.bars, 0);

  function moveSection(sectionId: string, toIndex: number) {
    const section = song.sections.find((candidate) => candidate.id === sectionId);
    if (section === undefined) return;
    setSelectedId(sectionId);
    write(
      () => actions.reorderSection(sectionId, toIndex),
      `Moved “${section.name}” to position ${toIndex + 1} of ${song.sections.length}.`,
    );
  }

  return (
    <section className="editor-panel sections-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Sections{' '}
        {song.sections.length > 0 && (
          <span className="muted heading-note">
            · {song.sections.length} · {barsLabel(totalBars)}
          </span>
        )}
      </h2>
      {song.sections.length === 0 ? (
        <p className="muted">No sections yet. Add the intro, verses, chorus… below, measured in bars.</p>
      ) : (
        <SectionStrip
          sections={song.sections}
          selectedId={selected?.id ?? null}
          readOnly={props.readOnly}
          onSelect={setSelectedId}
          onMove={moveSection}
        />
      )}
      {selected !== undefined && (
        <SectionEditor
          key={selected.id}
          song={song}
          section={selected}
          index={selectedIndex}
          readOnly={props.readOnly}
          onMove={moveSection}
          onDeleted={() => {
            setSelectedId(null);
            headingRef.current?.focus();
          }}
        />
      )}
      <AddSectionForm songId={song.id} sections={song.sections} readOnly={props.readOnly} onAdded={setSelectedId} />
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSection, createSong, readLibrary, updateSection } from '../../lib/library-api.ts';
import { reuseCardModels } from './song-card-model.ts';

describe('song card models', () => {
  it('LIB6: a re-read library reuses every unchanged card model and renews only the edited one', () => {
    const doc = new Y.Doc();
    const first = createSong(doc, { title: 'One' });
    const second = createSong(doc, { title: 'Two' });
    const sectionId = createSection(doc, { songId: second, name: 'Verse', bars: 8 });
    const before = reuseCardModels(readLibrary(doc).songs, new Map());
    const again = reuseCardModels(readLibrary(doc).songs, before);
    expect(again.get(first)).toBe(before.get(first));
    expect(again.get(second)).toBe(before.get(second));

    updateSection(doc, sectionId, { confidence: 5 });
    const after = reuseCardModels(readLibrary(doc).songs, again);
    expect(after.get(first)).toBe(before.get(first));
    expect(after.get(second)).not.toBe(before.get(second));
    expect(after.get(second)).toMatchObject({ averageConfidence: 5, sectionCount: 1, strip: [{ bars: 8, confidence: 5 }] });
  });
});

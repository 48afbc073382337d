// node bench/doc-layouts.bench.ts — the Yjs layouts considered for the library document, measured on
// the same heavy library (docs/LIBRARY-LAYOUT.md). Only this benchmark writes
// Y types outside shared/library: it builds the rejected layouts to compare them with the chosen one.
import * as Y from 'yjs';
import { readLibrary, type SongWithSections } from '../shared/library/index.ts';
import { RUNS, WARMUPS, mb, ms, timeInterleaved } from './bench-stats.ts';
import { buildHeavyLibrary } from './heavy-library.ts';

type Plain = Record<string, unknown>;
interface Layout {
  name: string;
  fieldLevel: string;
  write(doc: Y.Doc, songs: SongWithSections[]): void;
  /** Plain songs with sections and chords, without validation (the layout's own cost only). */
  read(doc: Y.Doc): Plain[];
}

const omit = (entity: Plain, ...keys: string[]) => Object.fromEntries(Object.entries(entity).filter(([key]) => !keys.includes(key)));
const songFields = (song: SongWithSections) => omit(song, 'id', 'sections', 'deletedSections', 'tempoMap', 'practiceCount', 'totalPracticeSeconds', 'lastPracticedAt', 'updatedAt');
const sectionFields = (section: SongWithSections['sections'][number]) => omit(section, 'id', 'chords', 'practiceCount', 'lastPracticedAt', 'updatedAt');
const chordFields = (chord: Plain) => omit(chord, 'id');
const chordString = (c: Plain) => [c['sectionId'], c['bar'], c['beat'], c['durationBeats'], c['root'], c['quality'], '', ''].join('|');
function group<T>(items: Iterable<[string, T]>, by: (item: T) => string): Map<string, [string, T][]> {
  const groups = new Map<string, [string, T][]>();
  for (const entry of items) {
    const key = by(entry[1]);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}
// Every layout gets the same later edits: one field per section (confidence) and per song (notes).
const EDIT_AT = Date.UTC(2026, 5, 1);

/** Songs, sections and chords from per-entity plain objects (shared by the readers below). */
function assemble(songs: Map<string, Plain>, sections: Map<string, Plain>, chords: Iterable<[string, Plain]>): Plain[] {
  const chordsBySection = group(chords, (chord) => String(chord['sectionId']));
  const sectionsBySong = group(sections, (section) => String(section['songId']));
  return [...songs].map(([id, song]) => ({
    id,
    ...song,
    sections: (sectionsBySong.get(id) ?? []).map(([sectionId, section]) => ({
      id: sectionId,
      ...section,
      chords: (chordsBySection.get(sectionId) ?? []).map(([chordId, chord]) => ({ id: chordId, ...chord })),
    })),
  }));
}

const layouts: Layout[] = [
  {
    name: '(a) nested Y.Map per song and section, chord objects',
    fieldLevel: 'yes',
    write(doc, songs) {
      const songMap = doc.getMap<Y.Map<unknown>>('songs');
      const sectionMap = doc.getMap<Y.Map<unknown>>('sections');
      const chordMap = doc.getMap('chords');
      for (const song of songs) {
        doc.transact(() => {
          const fields = new Y.Map();
          songMap.set(song.id, fields);
          for (const [key, value] of Object.entries(songFields(song))) fields.set(key, value);
        });
        for (const section of song.sections) {
          doc.transact(() => {
            const fields = new Y.Map();
            sectionMap.set(section.id, fields);
            for (const [key, value] of Object.entries(sectionFields(section))) fields.set(key, value);
          });
          for (const chord of section.chords) doc.transact(() => chordMap.set(chord.id, chordFields(chord)));
          doc.transact(() => sectionMap.get(section.id)?.set('confidence', 1 + (section.bars % 5)));
        }
        doc.transact(() => songMap.get(song.id)?.set('notes', 'edited'));
      }
    },
    read(doc) {
      const toPlain = (map: Y.Map<Y.Map<unknown>>) => new Map([...map.entries()].map(([id, fields]): [string, Plain] => [id, fields.toJSON()]));
      const chords = [...doc.getMap('chords').entries()].map(([id, chord]): [string, Plain] => [id, chord as Plain]);
      return assemble(toPlain(doc.getMap('songs')), toPlain(doc.getMap('sections')), chords);
    },
  },
  {
    name: '(b) flat "<id>:<field>" keys, chord objects',
    fieldLevel: 'yes',
    write(doc, songs) {
      const songMap = doc.getMap('songs');
      const sectionMap = doc.getMap('sections');
      const chordMap = doc.getMap('chords');
      for (const song of songs) {
        doc.transact(() => {
          for (const [key, value] of Object.entries(songFields(song))) songMap.set(`${song.id}:${key}`, value);
        });
        for (const section of song.sections) {
          doc.transact(() => {
            for (const [key, value] of Object.entries(sectionFields(section))) sectionMap.set(`${section.id}:${key}`, value);
          });
          for (const chord of section.chords) doc.transact(() => chordMap.set(chord.id, chordFields(chord)));
          doc.transact(() => sectionMap.set(`${section.id}:confidence`, 1 + (section.bars % 5)));
        }
        doc.transact(() => songMap.set(`${song.id}:notes`, 'edited'));
      }
    },
    read(doc) {
      const entities = (map: Y.Map<unknown>) => {
        const byId = new Map<string, Plain>();
        map.forEach((value, key) => {
          const id = key.slice(0, 36);
          const fields = byId.get(id) ?? {};
          fields[key.slice(37)] = value;
          byId.set(id, fields);
        });
        return byId;
      };
      const chords = [...doc.getMap('chords').entries()].map(([id, chord]): [string, Plain] => [id, chord as Plain]);
      return assemble(entities(doc.getMap('songs')), entities(doc.getMap('sections')), chords);
    },
  },
  {
    name: '(c1) base JSON + field overlays, chord JSON objects',
    fieldLevel: 'yes',
    write: (doc, songs) => writeBaseAndOverlays(doc, songs, (chord) => JSON.stringify(chordFields(chord))),
    read: (doc) => readBaseAndOverlays(doc, (value) => JSON.parse(String(value))),
  },
  {
    name: '(c2) base JSON + field overlays, compact chord strings [chosen]',
    fieldLevel: 'yes',
    write: (doc, songs) => writeBaseAndOverlays(doc, songs, chordString),
    read: (doc) =>
      readBaseAndOverlays(doc, (value) => {
        const [sectionId, bar, beat, durationBeats, root, quality] = String(value).split('|');
        return { sectionId, bar: Number(bar), beat: Number(beat), durationBeats: Number(durationBeats), root, quality, extensions: [] };
      }),
  },
  {
    name: '(e) base JSON + field overlays, chords in a Y.Array per section (made with the section)',
    fieldLevel: 'yes',
    write(doc, songs) {
      const chordLists = doc.getMap<Y.Array<string>>('sectionChords');
      writeBaseAndOverlays(doc, songs, null, (section) => {
        const list = new Y.Array<string>();
        chordLists.set(section.id, list);
        return list;
      });
    },
    read(doc) {
      const chords: [string, Plain][] = [];
      doc.getMap<Y.Array<string>>('sectionChords').forEach((list) => {
        for (const value of list.toArray()) {
          const [id, sectionId, bar, beat, durationBeats, root, quality] = value.split('|');
          chords.push([String(id), { sectionId, bar: Number(bar), beat: Number(beat), durationBeats: Number(durationBeats), root, quality, extensions: [] }]);
        }
      });
      return readBaseAndOverlays(doc, () => ({}), chords);
    },
  },
  {
    name: '(d) one JSON value per entity (last writer wins per song/section)',
    fieldLevel: 'no',
    write(doc, songs) {
      const songMap = doc.getMap('songs');
      const sectionMap = doc.getMap('sections');
      const chordMap = doc.getMap('chords');
      for (const song of songs) {
        doc.transact(() => songMap.set(song.id, JSON.stringify(songFields(song))));
        for (const section of song.sections) {
          doc.transact(() => sectionMap.set(section.id, JSON.stringify(sectionFields(section))));
          for (const chord of section.chords) doc.transact(() => chordMap.set(chord.id, JSON.stringify(chordFields(chord))));
          doc.transact(() => sectionMap.set(section.id, JSON.stringify({ ...sectionFields(section), confidence: 1 + (section.bars % 5) })));
        }
        doc.transact(() => songMap.set(song.id, JSON.stringify({ ...songFields(song), notes: 'edited' })));
      }
    },
    read(doc) {
      const parsed = (map: Y.Map<unknown>) => new Map([...map.entries()].map(([id, value]): [string, Plain] => [id, JSON.parse(String(value))]));
      return assemble(parsed(doc.getMap('songs')), parsed(doc.getMap('sections')), parsed(doc.getMap('chords')));
    },
  },
];

/** Layout (c); with `chordList`, chords go into a Y.Array made in the section's creation instead (e). */
function writeBaseAndOverlays(
  doc: Y.Doc,
  songs: SongWithSections[],
  encodeChord: ((chord: Plain) => string) | null,
  chordList?: (section: SongWithSections['sections'][number]) => Y.Array<string>,
): void {
  const base = { songs: doc.getMap('songs'), sections: doc.getMap('sections'), chords: doc.getMap('chords') };
  const overlay = { songs: doc.getMap('songFields'), sections: doc.getMap('sectionFields') };
  for (const song of songs) {
    doc.transact(() => base.songs.set(song.id, JSON.stringify(songFields(song))));
    for (const section of song.sections) {
      let list: Y.Array<string> | undefined;
      doc.transact(() => {
        base.sections.set(section.id, JSON.stringify(sectionFields(section)));
        list = chordList?.(section);
      });
      for (const chord of section.chords) {
        doc.transact(() => {
          if (list) list.push([`${chord.id}|${chordString(chord)}`]);
          else if (encodeChord) base.chords.set(chord.id, encodeChord(chord));
        });
      }
      doc.transact(() => overlay.sections.set(`${section.id}:confidence`, [1 + (section.bars % 5), EDIT_AT]));
    }
    doc.transact(() => overlay.songs.set(`${song.id}:notes`, ['edited', EDIT_AT]));
  }
}

function readBaseAndOverlays(doc: Y.Doc, decodeChord: (value: unknown) => Plain, listedChords?: [string, Plain][]): Plain[] {
  const entities = (baseName: string, overlayName: string) => {
    const byId = new Map<string, Plain>();
    doc.getMap(baseName).forEach((value, id) => byId.set(id, JSON.parse(String(value))));
    doc.getMap(overlayName).forEach((value, key) => {
      const fields = byId.get(key.slice(0, 36));
      if (fields && Array.isArray(value)) fields[key.slice(37)] = value[0];
    });
    return byId;
  };
  const chords: [string, Plain][] = listedChords ?? [];
  doc.getMap('chords').forEach((value, id) => chords.push([id, decodeChord(value)]));
  return assemble(entities('songs', 'songFields'), entities('sections', 'sectionFields'), chords);
}

const { library } = buildHeavyLibrary({ songs: 1000, sectionsPerSong: 10, chordsPerSection: 4, practiceSessions: 0, withEdits: false });
const songs = readLibrary(library).songs;
console.log(`Layouts for 1000 songs × 10 sections × 4 chords (+ one edit per song and section); medians of ${RUNS} interleaved runs after ${WARMUPS} warm-ups`);
console.log("read = the layout's own cost to build plain objects, without zod (the real reader adds validation); ratio = (load + read) / JSON.parse");
// One layout at a time, so that only one heavy document is in memory while it is measured.
for (const layout of layouts) {
  const doc = new Y.Doc();
  layout.write(doc, songs);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  const load = () => {
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, update);
    return fresh;
  };
  const loaded = load();
  const json = JSON.stringify(layout.read(loaded));
  const times = timeInterleaved({ load, read: () => layout.read(loaded), json: () => JSON.parse(json) });
  const ratio = (t: 'wall' | 'cpu' | 'best') => ((times.load[t] + times.read[t]) / times.json[t]).toFixed(1);
  console.log(
    `${layout.name}\n    field-level: ${layout.fieldLevel.padEnd(3)} encoded ${mb(update.length)}  load ${ms(times.load.wall)} (best ${ms(times.load.best)})  ` +
      `read ${ms(times.read.wall)} (best ${ms(times.read.best)})  JSON.parse ${ms(times.json.wall)} (best ${ms(times.json.best)})  ` +
      `ratio ${ratio('wall')} (cpu ${ratio('cpu')}, best ${ratio('best')})`,
  );
}

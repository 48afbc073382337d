// npm run bench:doc — cost of the library document layout chosen in shared/library/SPEC.md.
import * as Y from 'yjs';
import { diffRows, projectLibrary, readLibrary, readPracticeLog, updateSection, type UserId } from '../shared/library/index.ts';
import { RUNS, WARMUPS, mb, ms, timeInterleaved, timing } from './bench-stats.ts';
import { HEAVY_LIBRARY, buildHeavyLibrary } from './heavy-library.ts';

const TARGET_RATIO = 8;
const userId = '11111111-1111-4111-8111-111111111111' as UserId; // a constant in a bench, not outside data

const buildStart = performance.now();
const { library, practice } = buildHeavyLibrary();
const buildMs = performance.now() - buildStart;
const libraryUpdate = Y.encodeStateAsUpdate(library);
const practiceUpdate = Y.encodeStateAsUpdate(practice);

const load = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
};
const loaded = load(libraryUpdate);
const loadedPractice = load(practiceUpdate);
const snapshot = readLibrary(loaded);
const log = readPracticeLog(loadedPractice);
if (snapshot.issues.length > 0 || log.issues.length > 0) throw new Error('heavy library reads with issues');
const json = JSON.stringify(snapshot);
const practiceJson = JSON.stringify(log);

const times = timeInterleaved({
  load: () => load(libraryUpdate),
  read: () => readLibrary(loaded),
  json: () => JSON.parse(json),
  cold: () => readLibrary(load(libraryUpdate)),
  project: () => projectLibrary(userId, snapshot, log),
  practiceLoad: () => load(practiceUpdate),
  practiceRead: () => readPracticeLog(loadedPractice),
  practiceJson: () => JSON.parse(practiceJson),
});
const { load: loadTime, read: readTime, json: jsonTime, cold: coldTime, project: projectTime } = times;
const { practiceLoad: practiceLoadTime, practiceRead: practiceReadTime, practiceJson: practiceJsonTime } = times;

const rows = projectLibrary(userId, snapshot, log);
const edited = load(libraryUpdate);
const section = snapshot.songs[500]?.sections[3];
if (section === undefined) throw new Error('heavy library lacks song 500');
updateSection(edited, section.id, { name: 'Edited chorus' });
let changedRows = 0;
const { editToDiff: editToDiffTime } = timeInterleaved({
  editToDiff: () => {
    const diff = diffRows(rows, projectLibrary(userId, readLibrary(edited), log));
    changedRows = diff.sections.upserts.length + diff.songs.upserts.length + diff.chords.upserts.length;
  },
});

const shape = HEAVY_LIBRARY;
const ratio = (t: 'wall' | 'cpu' | 'best') => (loadTime[t] + readTime[t]) / jsonTime[t];
console.log(`MetMap library document benchmark (Node ${process.version}), medians of ${RUNS} interleaved runs after ${WARMUPS} warm-ups`);
console.log(
  `heavy library: ${shape.songs} songs × ${shape.sectionsPerSong} sections × ${shape.chordsPerSection} chords, ` +
    `${shape.practiceSessions} practice sessions, one edit per song and section: ${shape.withEdits}; built in ${ms(buildMs)}`,
);
console.log(`library doc   encoded ${mb(libraryUpdate.length)}   JSON ${mb(json.length)}`);
console.log(`practice doc  encoded ${mb(practiceUpdate.length)}   JSON ${mb(practiceJson.length)}`);
console.log(`library  load (Y.applyUpdate) ${timing(loadTime)}   readLibrary ${timing(readTime)}   JSON.parse ${timing(jsonTime)}`);
console.log(`library  cold start (load + readLibrary in one go) ${timing(coldTime)}`);
console.log(`practice load ${timing(practiceLoadTime)}   readPracticeLog ${timing(practiceReadTime)}   JSON.parse ${timing(practiceJsonTime)}`);
console.log(`projectLibrary ${timing(projectTime)} → ${rows.songs.length} songs, ${rows.sections.length} sections, ${rows.chords.length} chords, ${rows.practiceSessions.length} sessions`);
console.log(`one section edit → readLibrary + projectLibrary + diffRows ${timing(editToDiffTime)}, ${changedRows} row(s) to write`);
for (const t of ['wall', 'cpu', 'best'] as const) {
  const value = ratio(t);
  console.log(`ratio (load + read) / JSON.parse, ${t}: ${value.toFixed(2)} (target ≤ ${TARGET_RATIO}) ${value <= TARGET_RATIO ? 'OK' : 'OVER TARGET'}`);
}

import type { ChordRow, PracticeSessionRow, SectionRow, SongRow } from '../../shared/library/index.ts';
import type { ApiChord } from '../../shared/rest/chord-api.ts';
import type { ApiPracticeSession } from '../../shared/rest/practice-session-api.ts';
import type { ApiSection } from '../../shared/rest/section-api.ts';
import type { ApiSong, ApiSongDetail } from '../../shared/rest/song-api.ts';

// Projection rows (snake_case, schema-rows.ts) to API objects (camelCase, shared/rest).

export function apiSong(row: SongRow): ApiSong {
  return {
    id: row.id,
    title: row.title,
    artist: row.artist,
    album: row.album,
    durationSeconds: row.duration,
    bpm: row.bpm,
    key: row.key,
    timeSignature: row.time_signature,
    tags: row.tags,
    notes: row.notes,
    tempoMap: row.tempo_map.map((event) => ({
      id: event.id,
      bar: event.bar,
      beat: event.beat,
      bpm: event.bpm,
      timeSignature: event.timeSignature ?? null,
      change: event.change,
      rampBeats: event.rampBeats ?? null,
    })),
    practiceCount: row.practice_count,
    totalPracticeSeconds: row.total_practice_seconds,
    lastPracticedAt: row.last_practiced_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function apiChord(row: ChordRow): ApiChord {
  return {
    id: row.id,
    bar: row.bar,
    beat: row.beat,
    durationBeats: row.duration_beats,
    root: row.root,
    quality: row.quality,
    extensions: row.extensions,
    bass: row.bass,
    symbol: row.symbol,
  };
}

/** Chords ordered as readers order them: bar, beat, id. */
export function compareChordRows(a: ChordRow, b: ChordRow): number {
  return a.bar - b.bar || a.beat - b.beat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function apiSection(row: SectionRow, chords: readonly ChordRow[]): ApiSection {
  return {
    id: row.id,
    songId: row.song_id,
    name: row.name,
    type: row.type,
    bars: row.bars,
    bpm: row.bpm,
    timeSignature: row.time_signature,
    confidence: row.confidence,
    color: row.color,
    notes: row.notes,
    position: row.sort_order,
    startBar: row.start_bar,
    startTime: row.start_time,
    endTime: row.end_time,
    practiceCount: row.practice_count,
    lastPracticedAt: row.last_practiced_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    chords: [...chords].sort(compareChordRows).map(apiChord),
  };
}

/** A song with its live sections in order (sort_order), each with its chords. */
export function apiSongDetail(song: SongRow, sections: readonly SectionRow[], chords: readonly ChordRow[]): ApiSongDetail {
  const chordsBySection = new Map<string, ChordRow[]>();
  for (const chord of chords) {
    const group = chordsBySection.get(chord.section_id);
    if (group) group.push(chord);
    else chordsBySection.set(chord.section_id, [chord]);
  }
  const live = sections.filter((section) => section.sort_order !== null).sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0));
  return { ...apiSong(song), sections: live.map((section) => apiSection(section, chordsBySection.get(section.id) ?? [])) };
}

export function apiPracticeSession(row: PracticeSessionRow): ApiPracticeSession {
  return {
    id: row.id,
    songId: row.song_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration,
    sectionIds: row.sections_practiced,
    tempoReached: row.tempo_reached,
    rating: row.rating,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

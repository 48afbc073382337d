import type { UserId } from './ids.ts';
import type { Library, PracticeLog, SongWithSections } from './library-model.ts';
import { chordSymbol } from './schema-chord.ts';
import type { PracticeSession } from './schema-practice.ts';
import type { ChordRow, PracticeSessionRow, ProjectedRows, SectionRow, SongRow } from './schema-rows.ts';
import { sectionColor, type Section } from './schema-section.ts';
import { sectionTimings, type SectionTiming } from './tempo-timeline.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | undefined) => (ms === undefined ? null : iso(ms));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function songRow(userId: UserId, song: SongWithSections): SongRow {
  return {
    id: song.id,
    user_id: userId,
    title: song.title,
    artist: song.artist ?? null,
    album: song.album ?? null,
    duration: song.durationSeconds ?? null,
    bpm: song.bpm ?? null,
    key: song.key ?? null,
    time_signature: song.timeSignature,
    tags: song.tags,
    notes: song.notes ?? null,
    tempo_map: song.tempoMap.map(({ songId: _songId, ...entry }) => entry),
    practice_count: song.practiceCount,
    total_practice_seconds: song.totalPracticeSeconds,
    last_practiced_at: isoOrNull(song.lastPracticedAt),
    created_at: iso(song.createdAt),
    updated_at: iso(song.updatedAt),
    deleted_at: isoOrNull(song.deletedAt),
  };
}

function sectionRow(userId: UserId, section: Section, sortOrder: number | null, timing: SectionTiming | null): SectionRow {
  return {
    id: section.id,
    user_id: userId,
    song_id: section.songId,
    name: section.name,
    type: section.type,
    bars: section.bars,
    bpm: section.bpm ?? null,
    time_signature: section.timeSignature ?? null,
    confidence: section.confidence,
    color: sectionColor(section),
    notes: section.notes ?? null,
    sort_order: sortOrder,
    order_key: section.order,
    start_bar: timing?.startBar ?? null,
    start_time: timing?.startSeconds ?? null,
    end_time: timing?.endSeconds ?? null,
    practice_count: section.practiceCount,
    last_practiced_at: isoOrNull(section.lastPracticedAt),
    created_at: iso(section.createdAt),
    updated_at: iso(section.updatedAt),
    deleted_at: isoOrNull(section.deletedAt),
  };
}

function chordRows(userId: UserId, section: Section): ChordRow[] {
  return section.chords.map((chord) => ({
    id: chord.id,
    user_id: userId,
    section_id: section.id,
    song_id: section.songId,
    bar: chord.bar,
    beat: chord.beat,
    duration_beats: chord.durationBeats,
    root: chord.root,
    quality: chord.quality,
    extensions: chord.extensions,
    bass: chord.bass ?? null,
    symbol: chordSymbol(chord),
  }));
}

function practiceSessionRow(userId: UserId, session: PracticeSession): PracticeSessionRow {
  return {
    id: session.id,
    user_id: userId,
    song_id: session.songId,
    started_at: iso(session.startedAt),
    ended_at: isoOrNull(session.endedAt),
    duration: session.durationSeconds ?? null,
    sections_practiced: session.sectionIds,
    tempo_reached: session.tempoReached ?? null,
    rating: session.rating ?? null,
    notes: session.notes ?? null,
    created_at: iso(session.createdAt),
    updated_at: iso(session.updatedAt),
  };
}

/**
 * Relational rows derived from a read library (and practice log) (DOC16). Pure and
 * deterministic: equal inputs give equal rows, each table sorted by id. Without `practice`,
 * `practiceSessions` is empty: diff that table only against a projection that had it.
 */
export function projectLibrary(userId: UserId, library: Library, practice?: PracticeLog): ProjectedRows {
  const songs: SongRow[] = [];
  const sections: SectionRow[] = [];
  const chords: ChordRow[] = [];
  for (const song of [...library.songs, ...library.deletedSongs]) {
    songs.push(songRow(userId, song));
    const timings = sectionTimings(song, song.sections);
    song.sections.forEach((section, i) => sections.push(sectionRow(userId, section, i, timings[i] ?? null)));
    for (const section of song.deletedSections) sections.push(sectionRow(userId, section, null, null));
    for (const section of [...song.sections, ...song.deletedSections]) chords.push(...chordRows(userId, section));
  }
  return {
    songs: songs.sort(byId),
    sections: sections.sort(byId),
    chords: chords.sort(byId),
    practiceSessions: (practice?.sessions ?? []).map((session) => practiceSessionRow(userId, session)).sort(byId),
    preferences: {
      user_id: userId,
      preferences: library.preferences,
      metronome_settings: library.metronome,
      updated_at: isoOrNull(library.settingsUpdatedAt),
    },
  };
}

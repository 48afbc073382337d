import type { ApiSongDetail } from '../../shared/rest/song-api.ts';
import type { SharedSong } from '../../shared/rest/share-api.ts';

/**
 * What a share link shows of a song (SHARE3): an allow-list of fields, so nothing added to songs
 * later (and never confidence, notes, practice data or ids) reaches a public page by accident.
 */
export function sharedSong(song: ApiSongDetail): SharedSong {
  return {
    title: song.title,
    artist: song.artist,
    bpm: song.bpm,
    key: song.key,
    timeSignature: song.timeSignature,
    tempoMap: song.tempoMap.map((event) => ({
      bar: event.bar,
      beat: event.beat,
      bpm: event.bpm,
      timeSignature: event.timeSignature,
      change: event.change,
      rampBeats: event.rampBeats,
    })),
    sections: song.sections.map((section) => ({
      name: section.name,
      type: section.type,
      bars: section.bars,
      bpm: section.bpm,
      timeSignature: section.timeSignature,
      startBar: section.startBar ?? 1,
      chords: section.chords.map((chord) => ({
        bar: chord.bar,
        beat: chord.beat,
        durationBeats: chord.durationBeats,
        root: chord.root,
        quality: chord.quality,
        extensions: chord.extensions,
        bass: chord.bass,
        symbol: chord.symbol,
      })),
    })),
  };
}

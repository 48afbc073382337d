import type { z } from 'zod';
import type { SharedSong } from '../../shared/rest/share-api.ts';
import { CreateSongRequest } from '../../shared/rest/song-api.ts';

const given = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/**
 * "Copy to my library": the shared song as a new-song request (new ids everywhere), parsed like
 * any `POST /api/songs` body. Null when it would not be a valid request (e.g. too many sections).
 */
export function copyRequest(song: SharedSong): z.output<typeof CreateSongRequest> | null {
  const parsed = CreateSongRequest.safeParse({
    title: song.title,
    artist: given(song.artist),
    bpm: given(song.bpm),
    key: given(song.key),
    timeSignature: song.timeSignature,
    tempoMap: song.tempoMap.map((event) => ({
      bar: event.bar,
      beat: event.beat,
      bpm: event.bpm,
      timeSignature: given(event.timeSignature),
      change: event.change,
      rampBeats: given(event.rampBeats),
    })),
    sections: song.sections.map((section) => ({
      name: section.name,
      type: section.type,
      bars: section.bars,
      bpm: given(section.bpm),
      timeSignature: given(section.timeSignature),
      chords: section.chords.map((chord) => ({
        bar: chord.bar,
        beat: chord.beat,
        durationBeats: chord.durationBeats,
        root: chord.root,
        quality: chord.quality,
        extensions: chord.extensions,
        bass: given(chord.bass),
      })),
    })),
  });
  return parsed.success ? parsed.data : null;
}

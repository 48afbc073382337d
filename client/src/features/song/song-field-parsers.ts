import { MAX_BPM, MAX_TAGS, MIN_BPM, SongPatchSchema, type SongPatch, type SongWithSections } from '../../lib/library-api.ts';
import { checkWith, formatDuration, formatTags, optionalText, parseDecimal, parseDuration, parseTags, type FieldParse } from './field-parse.ts';

const shape = SongPatchSchema.shape;

/** The song fields the details form edits, each typed as text. */
export type SongFieldName = 'title' | 'artist' | 'album' | 'durationSeconds' | 'bpm' | 'key' | 'timeSignature' | 'tags' | 'notes';

export type SongFieldSpec<F extends SongFieldName> = {
  /** The stored value as the field shows it. */
  format(song: SongWithSections): string;
  /** The typed text as a patch value, validated with the shared schema (EDIT1). */
  parse(text: string): FieldParse<NonNullable<SongPatch[F]> | null>;
};

/** How each song field reads from and writes to text (EDIT1, EDIT2). */
export const SONG_FIELDS: { readonly [F in SongFieldName]: SongFieldSpec<F> } = {
  title: {
    format: (song) => song.title,
    parse: (text) => checkWith(shape.title.unwrap(), text.trim(), 'Give the song a title (up to 200 characters).'),
  },
  artist: {
    format: (song) => song.artist ?? '',
    parse: (text) => checkWith(shape.artist.unwrap(), optionalText(text), 'Keep it under 200 characters.'),
  },
  album: {
    format: (song) => song.album ?? '',
    parse: (text) => checkWith(shape.album.unwrap(), optionalText(text), 'Keep it under 200 characters.'),
  },
  durationSeconds: {
    format: (song) => formatDuration(song.durationSeconds),
    parse: (text) => checkWith(shape.durationSeconds.unwrap(), parseDuration(text), 'Write the length as minutes:seconds, e.g. 3:25.'),
  },
  bpm: {
    format: (song) => (song.bpm === undefined ? '' : String(song.bpm)),
    parse: (text) => {
      const typed = optionalText(text);
      return checkWith(shape.bpm.unwrap(), typed === null ? null : parseDecimal(typed), `Tempo is ${MIN_BPM}–${MAX_BPM} bpm.`);
    },
  },
  key: {
    format: (song) => song.key ?? '',
    parse: (text) => checkWith(shape.key.unwrap(), optionalText(text), 'Keep the key short, e.g. Am or Eb.'),
  },
  timeSignature: {
    format: (song) => song.timeSignature,
    parse: (text) => checkWith(shape.timeSignature.unwrap(), text.trim().replace(/\s/g, ''), 'Write a meter like 4/4, 6/8 or 7/8.'),
  },
  tags: {
    format: (song) => formatTags(song.tags),
    parse: (text) => checkWith(shape.tags.unwrap(), parseTags(text), `Up to ${MAX_TAGS} tags, each under 50 characters.`),
  },
  notes: {
    format: (song) => song.notes ?? '',
    // Notes keep their spacing; only an all-blank note clears the field.
    parse: (text) => checkWith(shape.notes.unwrap(), text.trim() === '' ? null : text, 'Notes are limited to 10,000 characters.'),
  },
};

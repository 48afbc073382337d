import { describe, expect, it } from 'vitest';
import { SONG_FIELDS } from './song-field-parsers.ts';

const ok = (value: unknown) => ({ ok: true, value });
const refusedWith = (fragment: string) => ({ ok: false, message: expect.stringContaining(fragment) });

describe('song fields from text (shared schemas)', () => {
  it('EDIT1: a title is required and trimmed', () => {
    expect(SONG_FIELDS.title.parse('  Naima ')).toEqual(ok('Naima'));
    expect(SONG_FIELDS.title.parse('   ')).toEqual(refusedWith('title'));
    expect(SONG_FIELDS.title.parse('x'.repeat(201))).toEqual(refusedWith('200'));
  });

  it('EDIT2: an emptied optional field clears it (null)', () => {
    expect(SONG_FIELDS.artist.parse('  ')).toEqual(ok(null));
    expect(SONG_FIELDS.bpm.parse('')).toEqual(ok(null));
    expect(SONG_FIELDS.durationSeconds.parse('')).toEqual(ok(null));
    expect(SONG_FIELDS.notes.parse(' \n ')).toEqual(ok(null));
    expect(SONG_FIELDS.notes.parse('  keep  spacing ')).toEqual(ok('  keep  spacing '));
  });

  it('EDIT1: tempo, duration, meter and tags are checked against the document limits', () => {
    expect(SONG_FIELDS.bpm.parse('96.5')).toEqual(ok(96.5));
    expect(SONG_FIELDS.bpm.parse('19')).toEqual(refusedWith('20–400'));
    expect(SONG_FIELDS.bpm.parse('401')).toEqual(refusedWith('20–400'));
    expect(SONG_FIELDS.bpm.parse('fast')).toEqual(refusedWith('bpm'));
    expect(SONG_FIELDS.durationSeconds.parse('4:05')).toEqual(ok(245));
    expect(SONG_FIELDS.durationSeconds.parse('25:00:00')).toEqual(refusedWith('3:25'));
    expect(SONG_FIELDS.timeSignature.parse(' 7 / 8 ')).toEqual(ok('7/8'));
    expect(SONG_FIELDS.timeSignature.parse('4/3')).toEqual(refusedWith('4/4'));
    expect(SONG_FIELDS.timeSignature.parse('')).toEqual(refusedWith('4/4'));
    expect(SONG_FIELDS.tags.parse('a, b')).toEqual(ok(['a', 'b']));
    expect(SONG_FIELDS.tags.parse(Array.from({ length: 33 }, (_, i) => `t${i}`).join(','))).toEqual(refusedWith('32'));
  });

  it('EDIT2: every field prints what it parses', () => {
    const song = {
      title: 'Naima',
      artist: 'John Coltrane',
      album: 'Giant Steps',
      durationSeconds: 261,
      bpm: 60,
      key: 'Ab',
      timeSignature: '4/4',
      tags: ['ballad', 'jazz'],
      notes: 'Pedal points',
    };
    for (const [name, field] of Object.entries(SONG_FIELDS)) {
      const text = field.format(song as never);
      expect(field.parse(text), name).toEqual(ok(song[name as keyof typeof song]));
    }
  });
});

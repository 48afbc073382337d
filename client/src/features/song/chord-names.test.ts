import { describe, expect, it } from 'vitest';
import { chordSymbol, type Chord } from '../../lib/library-api.ts';
import { parseExtensions, spokenChord, spokenNote } from './chord-names.ts';

const chord = (fields: Partial<Chord> & Pick<Chord, 'root'>) => ({ quality: 'maj' as const, extensions: [], ...fields });

describe('chord names', () => {
  it('EDIT5: chord symbols as displayed on the grid', () => {
    expect(chordSymbol(chord({ root: 'A', quality: 'min7' }))).toBe('Am7');
    expect(chordSymbol(chord({ root: 'F#', quality: 'dim' }))).toBe('F#dim');
    expect(chordSymbol(chord({ root: 'C' }))).toBe('C');
    expect(chordSymbol(chord({ root: 'C', quality: '7', extensions: ['b9', '#11'], bass: 'E' }))).toBe('C7(b9,#11)/E');
  });

  it('EDIT5: the same chords as words for screen readers', () => {
    expect(spokenChord(chord({ root: 'A', quality: 'min7' }))).toBe('A minor 7');
    expect(spokenChord(chord({ root: 'Bb', quality: 'min7', extensions: ['b9'], bass: 'F' }))).toBe('B flat minor 7, flat 9 over F');
    expect(spokenChord(chord({ root: 'F#', quality: 'dim' }))).toBe('F sharp diminished');
    expect(spokenChord(chord({ root: 'C', quality: 'add9', extensions: ['add11', '#11', 'no3'] }))).toBe('C add 9, add 11, sharp 11, no 3');
    expect(spokenNote('Eb')).toBe('E flat');
    expect(spokenNote('G')).toBe('G');
  });

  it('EDIT5: extensions can be typed with commas or spaces', () => {
    expect(parseExtensions(' b9, #11  13 ')).toEqual(['b9', '#11', '13']);
    expect(parseExtensions('')).toEqual([]);
  });
});

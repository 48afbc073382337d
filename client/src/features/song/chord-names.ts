import { CHORD_QUALITIES, NOTE_NAMES, type Chord, type ChordQuality, type NoteName } from '../../lib/library-api.ts';

/** Quality names for pickers and screen readers ("Bbm7" is read as letters otherwise). */
export const QUALITY_NAMES: Readonly<Record<ChordQuality, string>> = {
  maj: 'major',
  min: 'minor',
  '7': 'dominant 7',
  maj7: 'major 7',
  min7: 'minor 7',
  dim: 'diminished',
  dim7: 'diminished 7',
  aug: 'augmented',
  sus2: 'suspended 2',
  sus4: 'suspended 4',
  '6': '6',
  min6: 'minor 6',
  '9': '9',
  add9: 'add 9',
};

/** "F#" → "F sharp", "Bb" → "B flat". */
export function spokenNote(note: NoteName): string {
  if (note.length === 1) return note;
  return `${note[0]} ${note[1] === '#' ? 'sharp' : 'flat'}`;
}

/** "b9" → "flat 9", "#11" → "sharp 11", "add11" → "add 11". */
function spokenExtension(extension: string): string {
  return extension
    .replace(/^(add|no|sus)/, '$1 ')
    .replace('#', 'sharp ')
    .replace('b', 'flat ');
}

/** A chord as words, e.g. "B flat minor 7, flat 9, over F". */
export function spokenChord(chord: Pick<Chord, 'root' | 'quality' | 'extensions' | 'bass'>): string {
  const parts = [`${spokenNote(chord.root)} ${QUALITY_NAMES[chord.quality]}`, ...chord.extensions.map(spokenExtension)];
  const bass = chord.bass === undefined ? '' : ` over ${spokenNote(chord.bass)}`;
  return `${parts.join(', ')}${bass}`;
}

/** Extensions typed comma or space separated, e.g. "b9, #11" → ["b9", "#11"]. */
export function parseExtensions(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The note a <select> reported, checked rather than cast. */
export function noteNameOf(value: string): NoteName | undefined {
  return NOTE_NAMES.find((note) => note === value);
}

export function chordQualityOf(value: string): ChordQuality | undefined {
  return CHORD_QUALITIES.find((quality) => quality === value);
}

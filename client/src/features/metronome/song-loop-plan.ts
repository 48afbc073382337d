import { defaultAccents } from './accent-patterns.ts';
import type { CountIn, LoopPlan, Meter, PlanSection, Subdivision, TempoChange, TempoTrainer } from './loop-plan.ts';
import { compileSectionTempo, sectionBpmAt } from './section-tempo-map.ts';
import { segmentBpmAt } from './tempo-segment.ts';

/**
 * Maps a song's sections and tempo map to a loop plan, with the document's timing rules (meter from
 * the song, tempo-map events and section overrides; a section's own bpm holds through it; bpm counts
 * beats of the meter's note value). Structural types, so the engine does not depend on the document module.
 */
export interface SongTempoEvent {
  /** 1-based bar from the start of the song, 1-based beat within it. */
  readonly bar: number;
  readonly beat: number;
  readonly bpm: number;
  /** Meter from this bar on. */
  readonly timeSignature?: string | undefined;
  readonly change: 'instant' | 'ramp' | 'step';
  readonly rampBeats?: number | undefined;
}

export interface SongTiming {
  readonly bpm?: number | undefined;
  readonly timeSignature: string;
  readonly tempoMap: readonly SongTempoEvent[];
}

export interface SongSectionTiming {
  readonly bars: number;
  readonly bpm?: number | undefined;
  readonly timeSignature?: string | undefined;
}

export interface PracticeOptions {
  readonly loop: boolean;
  readonly countIn?: CountIn;
  readonly trainer?: TempoTrainer;
  readonly subdivision?: Subdivision;
}

const DEFAULT_SONG_BPM = 120;
const DEFAULT_METER: Meter = { beatsPerBar: 4, beatUnit: 4 };

/** "7/8" → { beatsPerBar: 7, beatUnit: 8 }; 4/4 for anything unreadable. */
export function parseMeter(timeSignature: string | undefined): Meter {
  const match = /^(\d+)\/(\d+)$/.exec(timeSignature ?? '');
  const beatsPerBar = Number(match?.[1]);
  const beatUnit = Number(match?.[2]);
  return beatsPerBar >= 1 && beatUnit >= 1 ? { beatsPerBar, beatUnit } : DEFAULT_METER;
}

interface PlacedSection {
  readonly meter: Meter;
  /** Beats from the song's start to the section's first beat. */
  readonly startBeat: number;
  readonly beats: number;
}

/** Meter and global beat span of every section; a meter change inside a section applies from the next one. */
function placeSections(song: SongTiming, sections: readonly SongSectionTiming[]): { placed: PlacedSection[]; barStarts: number[] } {
  const meterChanges = song.tempoMap.filter((event) => event.timeSignature !== undefined).sort((a, b) => a.bar - b.bar);
  let songMeter = song.timeSignature;
  let nextChange = 0;
  let bar = 1;
  const barStarts = [0];
  const placed = sections.map((section) => {
    while ((meterChanges[nextChange]?.bar ?? Infinity) <= bar) songMeter = meterChanges[nextChange++]?.timeSignature ?? songMeter;
    const meter = parseMeter(section.timeSignature ?? songMeter);
    const startBeat = barStarts.at(-1) ?? 0;
    for (let i = 0; i < section.bars; i += 1) barStarts.push(startBeat + (i + 1) * meter.beatsPerBar);
    bar += section.bars;
    return { meter, startBeat, beats: section.bars * meter.beatsPerBar };
  });
  return { placed, barStarts };
}

/** The song's tempo over its global beats, as one compiled curve. */
function songTempo(song: SongTiming, barStarts: readonly number[]) {
  const lastBar = barStarts.length - 1;
  const changes: TempoChange[] = song.tempoMap
    .filter((event) => event.bar <= lastBar)
    .map((event) => {
      const barStart = barStarts[event.bar - 1] ?? 0;
      const barLength = (barStarts[event.bar] ?? barStart + 1) - barStart;
      const at = barStart + Math.min(event.beat, barLength) - 1;
      // beatsPerBar 1 below makes beat − 1 the global beat; a ramp without a length is an instant change.
      return { bar: 1, beat: at + 1, bpm: event.bpm, change: event.change, overBeats: event.rampBeats ?? 0 };
    });
  return compileSectionTempo(song.bpm ?? DEFAULT_SONG_BPM, changes, 1, Math.max(1, barStarts.at(-1) ?? 0));
}

function localPosition(beat: number, meter: Meter): Pick<TempoChange, 'bar' | 'beat'> {
  const bar = Math.floor(beat / meter.beatsPerBar) + 1;
  return { bar, beat: beat - (bar - 1) * meter.beatsPerBar + 1 };
}

/** The plan section for one song section: its own bpm, or its slice of the song's tempo curve. */
function planSection(song: ReturnType<typeof songTempo>, section: SongSectionTiming, place: PlacedSection): PlanSection {
  const base = { bars: section.bars, meter: place.meter, accents: defaultAccents(place.meter) };
  if (section.bpm !== undefined) return { ...base, bpm: section.bpm };
  const start = place.startBeat;
  const end = start + place.beats;
  const tempoChanges: TempoChange[] = [];
  const startBpm = sectionBpmAt(song, start);
  let current = startBpm;
  for (const segment of song) {
    const from = Math.max(segment.startBeat, start);
    const to = Math.min(segment.startBeat + segment.beats, end);
    if (to <= from) continue;
    const position = localPosition(from - start, place.meter);
    if (segment.curve !== 'constant' && segment.fromBpm !== segment.toBpm) {
      const reached = segmentBpmAt(segment, to - segment.startBeat);
      tempoChanges.push({ ...position, bpm: reached, change: 'ramp', curve: segment.curve, overBeats: to - from });
      current = reached;
    } else if (segment.fromBpm !== current) {
      tempoChanges.push({ ...position, bpm: segment.fromBpm, change: 'instant' });
      current = segment.fromBpm;
    }
  }
  return { ...base, bpm: startBpm, tempoChanges };
}

/** A loop plan over the chosen sections (indices into `sections`, which are all of the song's, in order). */
export function songLoopPlan(
  song: SongTiming,
  sections: readonly SongSectionTiming[],
  chosen: readonly number[],
  options: PracticeOptions,
): LoopPlan {
  const { placed, barStarts } = placeSections(song, sections);
  const tempo = songTempo(song, barStarts);
  const planSections = chosen.map((index) => {
    const section = sections[index];
    const place = placed[index];
    if (section === undefined || place === undefined) throw new RangeError(`no section ${index} in this song`);
    return { ...planSection(tempo, section, place), subdivision: options.subdivision ?? 1 };
  });
  return {
    sections: planSections,
    loop: options.loop,
    ...(options.countIn === undefined ? {} : { countIn: options.countIn }),
    ...(options.trainer === undefined ? {} : { trainer: options.trainer }),
  };
}

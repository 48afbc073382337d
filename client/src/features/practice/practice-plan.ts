import type { SongWithSections } from '../../lib/library-api.ts';
import type { LoopPlan, Subdivision, TempoTrainer } from '../metronome/loop-plan.ts';
import { fitAccents } from '../metronome/plan-builders.ts';
import { songLoopPlan } from '../metronome/song-loop-plan.ts';

export interface PracticeLoopOptions {
  /** Count-in clicks before the first pass (the preference `countInBeats`, 0–16). */
  readonly countInBeats: number;
  readonly trainer: TempoTrainer | null;
  readonly subdivision: Subdivision;
  /** The metronome settings' accents; used for every section whose meter they fit. */
  readonly accents: readonly number[];
}

/** What the practice loop plays: the plan plus, per plan section, the song section it came from. */
export interface PracticeLoop {
  readonly plan: LoopPlan;
  /** Index into song.sections of each plan section, in playing order. */
  readonly sectionIndices: readonly number[];
}

/**
 * PRA2: the chosen sections (any order in, song order out) looped on the song's bars, meters and
 * tempo map (songLoopPlan), with count-in, trainer and the metronome's accents. Null when nothing is chosen.
 */
export function practiceLoop(song: SongWithSections, chosen: ReadonlySet<string>, options: PracticeLoopOptions): PracticeLoop | null {
  const sectionIndices = song.sections.flatMap((section, index) => (chosen.has(section.id) ? [index] : []));
  if (sectionIndices.length === 0) return null;
  const plan = songLoopPlan(song, song.sections, sectionIndices, {
    loop: true,
    subdivision: options.subdivision,
    ...(options.countInBeats > 0 ? { countIn: { beats: options.countInBeats } } : {}),
    ...(options.trainer === null ? {} : { trainer: options.trainer }),
  });
  const sections = plan.sections.map((section) => ({ ...section, accents: fitAccents(options.accents, section.meter) }));
  return { plan: { ...plan, sections }, sectionIndices };
}

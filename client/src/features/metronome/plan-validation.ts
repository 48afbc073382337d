import type { LoopPlan, PlanSection, TempoTrainer } from './loop-plan.ts';

const BEAT_UNITS = [1, 2, 4, 8, 16, 32];
const MAX_BEATS_PER_BAR = 32;

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(`loop plan: ${message}`);
}

const isPositive = (value: number) => Number.isFinite(value) && value > 0;
const isCount = (value: number) => Number.isInteger(value) && value >= 0;

function checkSection(section: PlanSection, where: string): void {
  const { beatsPerBar, beatUnit } = section.meter;
  check(Number.isInteger(section.bars) && section.bars >= 1, `${where}: bars must be a whole number ≥ 1`);
  check(Number.isInteger(beatsPerBar) && beatsPerBar >= 1 && beatsPerBar <= MAX_BEATS_PER_BAR, `${where}: beats per bar must be 1–${MAX_BEATS_PER_BAR}`);
  check(BEAT_UNITS.includes(beatUnit), `${where}: beat unit must be one of ${BEAT_UNITS.join(', ')}`);
  check(isPositive(section.bpm), `${where}: bpm must be positive`);
  check(section.subdivision === undefined || [1, 2, 3, 4].includes(section.subdivision), `${where}: subdivision must be 1–4`);
  if (section.accents !== undefined) {
    check(section.accents.length === beatsPerBar, `${where}: needs one accent per beat`);
    check(section.accents.every((gain) => gain >= 0 && gain <= 1), `${where}: accents must be within 0–1`);
  }
  const totalBeats = section.bars * beatsPerBar;
  (section.tempoChanges ?? []).forEach((change, index) => {
    const at = (change.bar - 1) * beatsPerBar + (change.beat - 1);
    const label = `${where} change ${index + 1}`;
    check(Number.isInteger(change.bar) && change.bar >= 1, `${label}: bar must be a whole number ≥ 1`);
    check(change.beat >= 1 && change.beat < beatsPerBar + 1, `${label}: beat must be within the bar`);
    check(at < totalBeats, `${label}: lies after the section's end`);
    check(isPositive(change.bpm), `${label}: bpm must be positive`);
    check(change.overBeats === undefined || isPositive(change.overBeats), `${label}: overBeats must be positive`);
  });
}

function checkTrainer(trainer: TempoTrainer): void {
  check(isPositive(trainer.startPercent), 'trainer start must be positive');
  check(isPositive(trainer.targetPercent), 'trainer target must be positive');
  check(Number.isFinite(trainer.stepPercent) && trainer.stepPercent >= 0, 'trainer step must be ≥ 0');
  check(Number.isInteger(trainer.everyLoops) && trainer.everyLoops >= 1, 'trainer must step every 1 or more loops');
}

/** Throws a RangeError naming the first thing wrong with the plan. */
export function assertValidPlan(plan: LoopPlan): void {
  check(plan.sections.length > 0, 'needs at least one section');
  plan.sections.forEach((section, index) => checkSection(section, `section ${index + 1}`));
  check(isCount(plan.countIn?.bars ?? 0) && isCount(plan.countIn?.beats ?? 0), 'count-in bars and beats must be whole numbers ≥ 0');
  if (plan.trainer !== undefined) checkTrainer(plan.trainer);
}

/** Confidence 1–5 as filled and empty dots; decorative, the owner's label carries the number. */
export function ConfidenceDots(props: { confidence: number }) {
  return (
    <span className="confidence-dots" aria-hidden="true">
      {'●'.repeat(props.confidence)}
      <span className="confidence-dots-empty">{'○'.repeat(Math.max(0, 5 - props.confidence))}</span>
    </span>
  );
}

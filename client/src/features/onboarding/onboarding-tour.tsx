import './onboarding.css';
import { useEffect, useId, useRef, useState } from 'react';
import { ONBOARDING_STEPS } from './onboarding-steps.ts';

/** The first-run tour as a card above the library; Escape or "Skip tour" dismisses it for good. */
export function OnboardingTour(props: { onClose(): void }) {
  const [step, setStep] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const current = ONBOARDING_STEPS[step] ?? ONBOARDING_STEPS[0];
  const last = step === ONBOARDING_STEPS.length - 1;

  useEffect(() => {
    if (step > 0) headingRef.current?.focus();
  }, [step]);

  return (
    <section
      className="onboarding"
      aria-labelledby={`${id}-title`}
      data-testid="onboarding"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <p className="onboarding-progress">
        Getting started · step {step + 1} of {ONBOARDING_STEPS.length}
      </p>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {current.title}
      </h2>
      <p>{current.body}</p>
      <div className="onboarding-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Skip tour
        </button>
        {step > 0 && (
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button type="button" className="button button-primary" onClick={last ? props.onClose : () => setStep(step + 1)}>
          {last ? 'Done' : 'Next'}
        </button>
      </div>
    </section>
  );
}

import { useEffect, useRef } from 'react';

/** A form-level message; an error is announced and takes focus so keyboard and screen-reader users meet it. */
export function FormAlert(props: { message: string | null; tone?: 'error' | 'success' }) {
  const ref = useRef<HTMLDivElement>(null);
  const tone = props.tone ?? 'error';
  useEffect(() => {
    if (props.message && tone === 'error') ref.current?.focus();
  }, [props.message, tone]);
  if (!props.message) return null;
  return (
    <div ref={ref} className={`form-alert form-alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      {props.message}
    </div>
  );
}

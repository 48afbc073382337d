import { useId, useState, type FormEvent } from 'react';
import { SECTION_TYPES, type Section, type SectionType } from '../../lib/library-api.ts';
import { useLibraryActions } from '../../lib/use-library-actions.ts';
import { SECTION_FIELDS } from './section-field-parsers.ts';
import { sectionTypeName, sectionTypeOf, suggestedSectionName } from './section-names.ts';
import { useGuardedWrite } from './use-guarded-write.ts';

/** Adds a section at the end of the song: a type (its name suggested from it), a name and a length in bars. */
export function AddSectionForm(props: { songId: string; sections: readonly Section[]; readOnly: boolean; onAdded(id: string): void }) {
  const actions = useLibraryActions();
  const write = useGuardedWrite();
  const id = useId();
  const [type, setType] = useState<SectionType>('verse');
  const [name, setName] = useState('');
  const [bars, setBars] = useState('8');
  const [errors, setErrors] = useState<{ name?: string; bars?: string }>({});
  const suggestion = suggestedSectionName(type, props.sections.map((section) => section.name));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsedName = SECTION_FIELDS.name(name.trim() === '' ? suggestion : name);
    const parsedBars = SECTION_FIELDS.bars(bars);
    if (!parsedName.ok || !parsedBars.ok) {
      setErrors({ name: parsedName.ok ? undefined : parsedName.message, bars: parsedBars.ok ? undefined : parsedBars.message });
      return;
    }
    const result = write(
      () => actions.createSection({ songId: props.songId, name: parsedName.value, type, bars: parsedBars.value }),
      `Added section “${parsedName.value}”.`,
    );
    if (!result.ok) return;
    setName('');
    setErrors({});
    props.onAdded(result.value);
  }

  return (
    <form className="add-section-form" aria-labelledby={`${id}-heading`} onSubmit={handleSubmit} noValidate>
      <h3 id={`${id}-heading`}>Add a section</h3>
      <fieldset className="add-section-fields" disabled={props.readOnly}>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={type} onChange={(event) => setType(sectionTypeOf(event.target.value) ?? 'custom')}>
            {SECTION_TYPES.map((option) => (
              <option key={option} value={option}>
                {sectionTypeName(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            placeholder={suggestion}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
          />
          {errors.name && (
            <p id={`${id}-name-error`} className="field-error">
              {errors.name}
            </p>
          )}
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-bars`}>Bars</label>
          <input
            id={`${id}-bars`}
            value={bars}
            inputMode="numeric"
            autoComplete="off"
            onChange={(event) => setBars(event.target.value)}
            aria-invalid={errors.bars ? true : undefined}
            aria-describedby={errors.bars ? `${id}-bars-error` : undefined}
          />
          {errors.bars && (
            <p id={`${id}-bars-error`} className="field-error">
              {errors.bars}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary">
          Add section
        </button>
      </fieldset>
    </form>
  );
}

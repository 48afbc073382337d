import { useId, useState, type ChangeEvent } from 'react';
import { useLibraryDoc } from '../../lib/library-doc-context.tsx';
import { readLibrary, readPracticeLog } from '../../lib/library-api.ts';
import { usePracticeDoc } from '../../lib/use-practice-log.ts';
import { applyImportPlan } from './apply-import.ts';
import type { Rejection } from './import-rejection.ts';
import { describePlan } from './import-summary.ts';
import { parseImport, type ParsedImport } from './parse-import.ts';
import { planImport, plannedWrites, type ImportPlan } from './plan-import.ts';

type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string; rejected: readonly Rejection[] }
  | { step: 'planned'; fileName: string; plan: ImportPlan; parsed: ParsedImport; refused: readonly Rejection[] }
  | { step: 'done'; fileName: string; lines: string[]; rejected: readonly Rejection[] };

/** Choose a file, see what it would change (and everything refused), then import (IMP1–IMP9). */
export function ImportPanel(props: { readOnly: boolean }) {
  const id = useId();
  const library = useLibraryDoc();
  const practice = usePracticeDoc();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setBusy(true);
    try {
      // Plan against what this device has loaded: wait for stored data, or ids would look new.
      await Promise.all([library.whenOpened, practice.whenOpened]);
      const parsed = parseImport(await file.text());
      if (!parsed.ok) return setState({ step: 'refused', fileName: file.name, rejected: parsed.rejected });
      const plan = planImport(parsed.file, readLibrary(library.doc), readPracticeLog(practice.doc), parsed.rejected);
      setState({ step: 'planned', fileName: file.name, plan, parsed: parsed.file, refused: parsed.rejected });
    } finally {
      setBusy(false);
    }
  };

  const confirm = (planned: Extract<ImportState, { step: 'planned' }>) => {
    // Plan again against the document as it is now: another tab may have written meanwhile.
    const plan = planImport(planned.parsed, readLibrary(library.doc), readPracticeLog(practice.doc), planned.refused);
    applyImportPlan({ library: library.doc, practice: practice.doc }, plan);
    setState({ step: 'done', fileName: planned.fileName, lines: describePlan(plan), rejected: plan.rejected });
  };

  return (
    <section className="import-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import</h2>
      <p className="muted">
        A MetMap export (one song or a whole library). Songs are matched by id: importing the same file again changes nothing, and
        nothing here is deleted.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Choose a JSON file</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" disabled={props.readOnly || busy} onChange={choose} />
      </div>
      <div role="status" aria-live="polite" data-testid="import-status">
        {state.step === 'refused' && (
          <>
            <p>
              <strong>{state.fileName} was not imported.</strong>
            </p>
            <RejectionList rejected={state.rejected} />
          </>
        )}
        {state.step === 'planned' && (
          <>
            <p>
              <strong>{state.fileName}</strong>
              {plannedWrites(state.plan) === 0 ? ': everything in it is already here. Nothing to import.' : ' will change:'}
            </p>
            <ul>
              {describePlan(state.plan).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <RejectionList rejected={state.plan.rejected} />
            <div className="import-actions">
              <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
                Cancel
              </button>
              {plannedWrites(state.plan) > 0 && (
                <button type="button" className="button button-primary" onClick={() => confirm(state)}>
                  Import
                </button>
              )}
            </div>
          </>
        )}
        {state.step === 'done' && (
          <>
            <p>
              <strong>Imported {state.fileName}.</strong>
            </p>
            <ul>
              {state.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <RejectionList rejected={state.rejected} />
          </>
        )}
      </div>
    </section>
  );
}

function RejectionList(props: { rejected: readonly Rejection[] }) {
  if (props.rejected.length === 0) return null;
  return (
    <div className="import-rejected">
      <p>
        <strong>{props.rejected.length === 1 ? '1 item was refused:' : `${props.rejected.length} items were refused:`}</strong>
      </p>
      <ul data-testid="import-rejected">
        {props.rejected.map((rejection, index) => (
          <li key={index}>
            {rejection.label}: {rejection.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

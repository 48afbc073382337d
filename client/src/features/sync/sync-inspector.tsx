import { useCallback, useState } from 'react';
import { useDocOwner } from '../../lib/library-doc-context.tsx';
import { useDeviceSession, useSourceValue } from './device-session-context.tsx';
import type { DocInspection } from './sync-session.ts';
import { deriveSyncStatus } from './sync-status.ts';
import './sync.css';

const STATE_VECTOR_ROWS = 8;

function formatTime(at: number | null): string {
  return at === null ? 'never on this device' : new Date(at).toLocaleString();
}

function StateVector(props: { vector: ReadonlyMap<number, number> }) {
  const rows = [...props.vector].sort((a, b) => b[1] - a[1]);
  const shown = rows.slice(0, STATE_VECTOR_ROWS);
  return (
    <>
      {rows.length} {rows.length === 1 ? 'client' : 'clients'}
      {shown.length > 0 && (
        <code className="sync-state-vector">
          {shown.map(([client, clock]) => `${client}:${clock}`).join(' ')}
          {rows.length > shown.length ? ' …' : ''}
        </code>
      )}
    </>
  );
}

/** CSYNC11: the developer view of cloud sync: connection, and per document its size, pending updates, last acknowledgement, state vector. */
export function SyncInspector() {
  const device = useDeviceSession();
  const owner = useDocOwner();
  const view = useSourceValue(device.sync.view);
  const [measured, setMeasured] = useState<{ at: number; docs: DocInspection[] } | null>(null);
  const measure = useCallback(() => setMeasured({ at: Date.now(), docs: device.sync.inspect() }), [device]);

  if (owner === 'guest') {
    return <p className="muted" data-testid="sync-inspector">Cloud sync: off. A guest library stays on this device.</p>;
  }
  const status = view === null ? null : deriveSyncStatus(view.docs.map((doc) => doc.facts), view.online);
  return (
    <div className="sync-inspector" data-testid="sync-inspector">
      <h3>Sync inspector</h3>
      <dl className="settings-facts">
        <div>
          <dt>Connection</dt>
          <dd data-testid="sync-connection">
            {view === null ? 'not running' : `${view.docs[0]?.facts.socket ?? 'starting'}${view.online ? '' : ' (browser offline)'} · ${status?.kind ?? ''}`}
          </dd>
        </div>
      </dl>
      {view?.docs.map(({ name, facts }) => {
        const inspection = measured?.docs.find((doc) => doc.name === name);
        return (
          <section key={name} className="sync-inspector-doc" aria-label={name}>
            <h4>
              <code>{name}</code>
            </h4>
            <dl className="settings-facts">
              <div>
                <dt>Pending updates</dt>
                <dd data-testid="sync-pending">{facts.unsynced}</dd>
              </div>
              <div>
                <dt>Last acknowledgement</dt>
                <dd>{formatTime(facts.lastAckAt)}</dd>
              </div>
              <div>
                <dt>Unsaved changes</dt>
                <dd>{facts.unsaved ? 'yes' : 'no'}</dd>
              </div>
              <div>
                <dt>Handshake</dt>
                <dd>{facts.handshake ? 'done' : 'not yet'}</dd>
              </div>
              <div>
                <dt>Document size</dt>
                <dd data-testid="sync-doc-size">{inspection === undefined ? 'not measured' : `${inspection.bytes.toLocaleString()} bytes`}</dd>
              </div>
              <div>
                <dt>State vector</dt>
                <dd>{inspection === undefined ? 'not measured' : <StateVector vector={inspection.stateVector} />}</dd>
              </div>
            </dl>
          </section>
        );
      })}
      <button type="button" className="button" onClick={measure}>
        {measured === null ? 'Measure documents' : `Measure again (last ${new Date(measured.at).toLocaleTimeString()})`}
      </button>
    </div>
  );
}

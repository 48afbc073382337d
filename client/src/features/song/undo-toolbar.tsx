import { useLibraryUndo } from '../../lib/use-library-undo.ts';
import { useEditorStatus } from './editor-status-store.ts';
import { useGuardedWrite } from './use-guarded-write.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and redo buttons for this tab's own edits, the keyboard shortcuts, and the editor's status line. */
export function UndoToolbar(props: { readOnly: boolean }) {
  const undo = useLibraryUndo();
  const write = useGuardedWrite();
  const announce = useEditorStatus((state) => state.announce);
  const status = useEditorStatus();

  const run = (direction: 'undo' | 'redo') => {
    const result = write(() => (direction === 'undo' ? undo.undo() : undo.redo()));
    if (!result.ok) return;
    if (result.value === null) announce(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    else announce(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.value}`);
  };
  useUndoShortcuts({ undo: () => run('undo'), redo: () => run('redo') }, !props.readOnly);

  return (
    <div className="undo-toolbar" role="toolbar" aria-label="Undo and redo">
      <button
        type="button"
        className="button"
        onClick={() => run('undo')}
        disabled={props.readOnly || !undo.canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={undo.undoLabel === null ? `Undo (${MOD}Z)` : `Undo ${undo.undoLabel.toLowerCase()} (${MOD}Z)`}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={() => run('redo')}
        disabled={props.readOnly || !undo.canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={undo.redoLabel === null ? `Redo (${MOD}Shift+Z)` : `Redo ${undo.redoLabel.toLowerCase()} (${MOD}Shift+Z)`}
      >
        <span aria-hidden="true">↷</span> Redo
      </button>
      {/* Both live regions stay mounted; a fresh span per message makes a repeated message heard again. */}
      <p className="editor-status" role="status">
        {status.tone === 'info' && <span key={status.serial}>{status.message}</span>}
      </p>
      <p className="editor-status editor-status-error" role="alert">
        {status.tone === 'error' && <span key={status.serial}>{status.message}</span>}
      </p>
    </div>
  );
}

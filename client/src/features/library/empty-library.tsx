/** Invitation shown while the library has no songs. */
export function EmptyLibrary() {
  return (
    <div className="empty-state" data-testid="empty-library">
      <h2>Your library is empty</h2>
      <p>
        Add your first song above: a title is enough to start. Then map it into sections and practise them
        with the metronome. Have an export from another device? Use Import / export.
      </p>
    </div>
  );
}

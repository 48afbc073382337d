/** Shown while a page's code or data is on its way. */
export function PageLoading(props: { label?: string }) {
  return (
    <p className="page-loading" role="status">
      {props.label ?? 'Loading…'}
    </p>
  );
}

import { Link } from 'wouter';
import { paths } from '../config/paths.ts';

/** Any URL no route claims. */
export function NotFoundPage() {
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <title>Not found · MetMap</title>
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is nothing at this address. <Link href={paths.library.href()}>Back to your library</Link>
      </p>
    </section>
  );
}

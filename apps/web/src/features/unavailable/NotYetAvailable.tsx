import type { ViewInfo } from '../../app/router.js';

/** The route of a view whose API is not merged yet: it says so plainly rather than showing fake data. */
export function NotYetAvailable({ view }: { view: ViewInfo }) {
  return (
    <section className="not-yet" aria-labelledby="not-yet-title">
      <h1 id="not-yet-title">{view.label}</h1>
      <p className="lead">{view.summary}</p>
      <p>
        This view is <strong>not available yet</strong>: it needs {view.needs ?? 'an API that is still being built'}. Until then, the accountability
        explorer shows who answers for each service.
      </p>
    </section>
  );
}

import type { ComponentType, ReactNode } from 'react';
import { Link } from '../app/Link.js';
import { ErrorState, Loading } from './Status.js';
import { useCouncil } from './useCouncil.js';

/** A page of the app: scrolls on its own, with a width suited to reading. */
export function Page({ children, labelledBy }: { children: ReactNode; labelledBy: string }) {
  return (
    <section className="page" aria-labelledby={labelledBy}>
      <div className="page__inner">{children}</div>
    </section>
  );
}

/** Loads the route's council, and shows loading / unknown / error states before the page itself. */
export function WithCouncil({
  gss,
  children,
}: {
  gss: string;
  children: (council: { id: string; name: string; gssCode: string }) => ReactNode;
}) {
  const c = useCouncil(gss);
  if (c.error) return <ErrorState title="The council could not be loaded" error={c.error} onRetry={() => void c.refetch()} />;
  if (c.loading && !c.council) return <Loading label="Loading the council…" />;
  if (!c.council)
    return <ErrorState title="No such council" error={`There is no council with the code ${gss}. Pick one from the list above.`} />;
  return <>{children(c.council)}</>;
}

/** What a council's view gets once its council is known (councilView). */
export interface CouncilViewProps {
  gss: string;
  councilId: string;
  councilName: string;
  params: URLSearchParams;
}

/** A view of one council by its GSS code: `View` drawn once the council is found (WithCouncil's loading and errors before). */
export function councilView(View: ComponentType<CouncilViewProps>) {
  return function CouncilView({ gss, params }: { gss: string; params: URLSearchParams }) {
    return (
      <WithCouncil gss={gss}>
        {(council) => <View gss={gss} councilId={council.id} councilName={council.name} params={params} />}
      </WithCouncil>
    );
  };
}

export function Breadcrumbs({ items }: { items: ReadonlyArray<{ label: string; href?: string }> }) {
  return (
    <nav className="breadcrumbs" aria-label="Where you are">
      <ol>
        {items.map((it, i) => (
          <li key={i}>{it.href ? <Link href={it.href}>{it.label}</Link> : <span aria-current="page">{it.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

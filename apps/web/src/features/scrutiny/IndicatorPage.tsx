export function IndicatorPage(_props: { gss: string; indicatorId: string | null; params: URLSearchParams }) {
  return <section className="not-yet"><h1>IndicatorPage</h1><p>Not built yet.</p></section>;
}

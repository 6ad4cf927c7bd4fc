export function FindingsPage(_props: { gss: string; params: URLSearchParams }) {
  return <section className="not-yet"><h1>FindingsPage</h1><p>Not built yet.</p></section>;
}

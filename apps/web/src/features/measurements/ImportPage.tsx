export function ImportPage(_props: { gss: string }) {
  return <section className="not-yet"><h1>ImportPage</h1><p>Not built yet.</p></section>;
}

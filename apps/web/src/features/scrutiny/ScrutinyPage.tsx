export function ScrutinyPage(_props: { gss: string; priorityId: string | null; params: URLSearchParams }) {
  return <section className="not-yet"><h1>ScrutinyPage</h1><p>Not built yet.</p></section>;
}

/**
 * The public view of a council that has not recorded its organisation here (most of England's councils: only their
 * published figures are loaded). Instead of empty plans, consultations and complaints, which would read as "nothing
 * done", it says what the council could do with Golden Thread and what it offers; the published figures follow.
 */
import { Link } from '../../app/Link.js';
import { Say, Section } from './Say.js';

export function NotSetUp({ councilName, gss }: { councilName: string; gss: string }) {
  return (
    <Section id="public-not-set-up" title={`${councilName} does not use Golden Thread yet`}>
      <Say>
        {`${councilName} has not recorded its plans, services or people here. So this page shows only the figures published ` +
          'for every council in England: the national surveys and returns of adult social care, with England beside them.'}
      </Say>
      <h3>What the council can do</h3>
      <ul className="public__offer">
        <li>
          <Say>Ask for an administrator account for its performance team, then sign in.</Say>
        </li>
        <li>
          <Say>Record its directorates and services, who answers for each, and its scheme of delegation (from a spreadsheet).</Say>
        </li>
        <li>
          <Say>Add its plans and targets, and enter or import its own figures each month.</Say>
        </li>
      </ul>
      <h3>What Golden Thread offers</h3>
      <ul className="public__offer">
        <li>
          <Say>A golden thread from the council's main plans down to each member of staff's objectives.</Say>
        </li>
        <li>
          <Say>Figures against targets, compared with similar councils and with England, and what is getting worse.</Say>
        </li>
        <li>
          <Say>Who decides and who answers for each service, with gaps in accountability found for you.</Say>
        </li>
        <li>
          <Say>Reports for councillors and a page like this one for people who use services and carers.</Say>
        </li>
      </ul>
      <p>
        <Link href={`/sign-in?next=${encodeURIComponent(`/councils/${gss}/explorer`)}`}>Sign in as someone from the council</Link>
      </p>
    </Section>
  );
}

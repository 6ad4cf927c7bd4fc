/**
 * The public view's last sections: how to complain or have your say, and how to reach the council.
 * The council's details are the reference data's (councils_england.csv: name, official name, type,
 * region); it holds no web address or telephone number, so the page says where to find them
 * (GOV.UK's "Find your local council") instead of making them up.
 */
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { PublicViewQuery as PublicViewData } from '../../graphql/graphql.js';
import { Say, Section } from './Say.js';

export function HaveYourSay({ councilName, gss, period }: { councilName: string; gss: string; period: string }) {
  return (
    <Section id="public-say" title="How to complain or have your say">
      <ol className="public__steps">
        <li>
          <Say>
            {`Tell ${councilName} first. You can phone, write or fill in the form on the council's website. Ask for the complaints team.`}
          </Say>
        </li>
        <li>
          <Say>You can ask a friend, a carer or an advocate to help you, or to complain for you.</Say>
        </li>
        <li>
          <Say>We will tell you we have your complaint, and when we will answer.</Say>
        </li>
        <li>
          <Say>If you are still not happy, you can ask the Local Government and Social Care Ombudsman to look at it. It is free.</Say>
          <p>
            <a href="https://www.lgo.org.uk/">The Ombudsman’s website (opens a new site)</a>
          </p>
        </li>
      </ol>
      <Say>To have your say about care in your area, you can also talk to your local Healthwatch.</Say>
      <p>
        <a href="https://www.healthwatch.co.uk/">Find your local Healthwatch (opens a new site)</a>
      </p>
      <p className="public__more">
        Want more detail? See the <Link href={routePath(gss, 'scrutiny')}>figures for each plan</Link> or the{' '}
        <a href={`/reports/public/${encodeURIComponent(gss)}/${period}.pdf`}>summary to print (PDF)</a>.
      </p>
    </Section>
  );
}

const KIND: Record<string, string> = {
  CTY: 'a county council',
  UA: 'a unitary council',
  MD: 'a metropolitan borough council',
  LBO: 'a London borough council',
  CC: 'the council for the City of London',
};

export function Contact({ council, councilName }: { council: PublicViewData['council']; councilName: string }) {
  const name = council?.officialName ?? councilName;
  const kind = council ? KIND[council.type] : undefined;
  return (
    <Section id="public-contact" title="How to contact us">
      <dl className="public__contact">
        <div>
          <dt>Name</dt>
          <dd>{name}</dd>
        </div>
        {council && kind && (
          <div>
            <dt>Where</dt>
            <dd>{`We are ${kind} in the ${council.region} region of England.`}</dd>
          </div>
        )}
        <div>
          <dt>Website, phone and address</dt>
          <dd>
            <Say>{`This page does not give them. GOV.UK can find the website of ${name} for you. Put in your postcode.`}</Say>
            <p>
              <a href="https://www.gov.uk/find-local-council">Find your local council on GOV.UK (opens a new site)</a>
            </p>
          </dd>
        </div>
        <div>
          <dt>To complain</dt>
          <dd>
            <Say>Ask the council for its complaints team. The steps above say what happens next.</Say>
          </dd>
        </div>
      </dl>
    </Section>
  );
}

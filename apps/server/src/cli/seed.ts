/** `seed reference|demo|scale|monthly`: the seeders of the command line (README "Commands of the server"). */
import {
  Council,
  SCALE_COUNCIL_GSS,
  seedDemo,
  seedMonthlyData,
  seedOrganisation,
  seedPublished,
  seedReference,
  seedSchemeOfDelegation,
  type Orm,
} from '@goldenthread/db';
import { cliEm, option, stringOption } from './options.js';

const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

export async function runSeed(orm: Orm, sub: string | undefined, args: string[], operator: string | null, usage: string): Promise<number> {
  const operation = `cli seed ${sub ?? ''}`.trim();
  const em = cliEm(orm, operation, operator);
  if (sub === 'reference') {
    console.log(`${await seedReference(em)} councils in the reference list; reference data refreshed.`);
    const started = Date.now();
    await seedPublished(cliEm(orm, operation, operator));
    console.log(`Published ASCOF and Oflog values loaded in ${seconds(started)} s.`);
    return 0;
  }
  if (sub === 'demo') {
    await seedReference(em);
    console.log(
      (await seedDemo(cliEm(orm, operation, operator)))
        ? 'Seeded the demo council.'
        : 'The demo council already has an organisation; nothing changed.',
    );
    return 0;
  }
  if (sub === 'scale') {
    await seedReference(em);
    const people = option(args, 'people', 20_000);
    const services = option(args, 'services', 2_000);
    const gssCode = stringOption(args, 'council', SCALE_COUNCIL_GSS);
    const started = Date.now();
    const done = await seedOrganisation(cliEm(orm, operation, operator), { gssCode, people, services, seed: option(args, 'seed', 1) });
    if (done) {
      const em2 = cliEm(orm, operation, operator);
      const council = await em2.findOneOrFail(Council, { gssCode });
      await em2.transactional((tx) => seedSchemeOfDelegation(tx, council));
    }
    console.log(
      done
        ? `Seeded ${people} people, ${services} services and a scheme of delegation into ${gssCode} in ${seconds(started)} s.`
        : `${gssCode} already has an organisation; nothing changed.`,
    );
    return 0;
  }
  if (sub === 'monthly') {
    await seedReference(em);
    const started = Date.now();
    const councils = stringOption(args, 'council', '');
    const added = await cliEm(orm, operation, operator).transactional((tx) =>
      seedMonthlyData(tx, {
        indicators: option(args, 'indicators', 50),
        year: stringOption(args, 'year', '2024-25'),
        seed: option(args, 'seed', 1),
        ...(councils ? { councils: councils.split(',').map((c) => c.trim().toUpperCase()) } : {}),
      }),
    );
    console.log(
      added.councils
        ? `Seeded ${added.indicators} generated monthly indicators and ${added.measurements} published figures for ` +
            `${added.councils} councils in ${seconds(started)} s.`
        : 'Every council asked already has the generated monthly indicators; nothing changed.',
    );
    return 0;
  }
  console.error(`Unknown seed "${sub ?? ''}": use reference, demo, scale or monthly.\n\n${usage}`);
  return 2;
}

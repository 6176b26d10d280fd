// Assembles the default dataset the app bundles: data/meta.json, data/actors.json,
// data/victims.json, data/subjects.json, data/events.json, data/stories.json and one source record
// per file in seeds/, written to
// data/default-dataset.json. Validation is not done here but by parseDataset in the tests
// (npm run data:check), so there is one parser. `--check` fails when the output is stale or the
// editorial policy (scripts/data-policy.mjs) does not hold.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPolicy } from './data-policy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

export const OUTPUT = 'data/default-dataset.json';

/** The assembled dataset as formatted JSON text. */
export function assembleDefaultDataset() {
  const meta = readJson('data/meta.json');
  const sources = readdirSync(`${root}seeds`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(`seeds/${name}`));
  const dataset = {
    version: meta.version,
    title: meta.title,
    description: meta.description,
    actors: readJson('data/actors.json'),
    victims: readJson('data/victims.json'),
    subjects: readJson('data/subjects.json'),
    sources,
    events: readJson('data/events.json'),
    stories: readJson('data/stories.json'),
    ...(meta.opening ? { opening: meta.opening } : {}),
  };
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = assembleDefaultDataset();
  if (process.argv.includes('--check')) {
    const current = readFileSync(`${root}${OUTPUT}`, 'utf8');
    const problems = checkPolicy(JSON.parse(text));
    for (const problem of problems) console.error(problem);
    if (problems.length > 0) console.error(`${problems.length} policy problem${problems.length === 1 ? '' : 's'}: see docs/dataset.md`);
    if (current !== text) console.error(`${OUTPUT} is out of date: run npm run data:build`);
    if (problems.length > 0 || current !== text) process.exit(1);
    console.log(`${OUTPUT} is up to date and meets the source policy.`);
  } else {
    writeFileSync(`${root}${OUTPUT}`, text);
    console.log(`Wrote ${OUTPUT}.`);
  }
}

// The editorial policy of the bundled dataset, as checks on its raw JSON (data/ + seeds/, as
// assembled by build-dataset.mjs). Each check returns a list of problems, each naming the record
// and field, so `npm run data:check` can print them all at once; an empty list means the policy
// holds. docs/dataset.md explains the rules for editors.

/** Source classes, from most to least relied on. */
export const SOURCE_CLASSES = ['primary', 'reputable', 'weak'];

/** Words in a row that our text may share with a stored claim or quote before it counts as copied. */
export const COPY_RUN_WORDS = 12;

const list = (value) => (Array.isArray(value) ? value : []);

/** Every source has a class and a one-line reason; the seed article is weak. */
export function checkSourceClasses(dataset) {
  const problems = [];
  for (const source of list(dataset.sources)) {
    if (!SOURCE_CLASSES.includes(source.class)) problems.push(`sources/${source.id}: "class" must be one of ${SOURCE_CLASSES.join(', ')}, is ${JSON.stringify(source.class)}`);
    if (typeof source.classReason !== 'string' || source.classReason.trim() === '') problems.push(`sources/${source.id}: "classReason" must say in one line why the source has its class`);
    else if (source.classReason.includes('\n')) problems.push(`sources/${source.id}: "classReason" must be one line`);
    if (source.kind === 'seed' && source.class !== 'weak') problems.push(`sources/${source.id}: a seed article is "weak", is ${JSON.stringify(source.class)}`);
  }
  return problems;
}

/**
 * The claims each event makes, each with the sources cited for it: what happened and when
 * (`sources`), each attribution, and each side of a disagreement. Exported so the docs and the
 * tests name the same list.
 */
export function keyClaims(event) {
  return [
    { path: 'sources', sources: list(event.sources) },
    ...list(event.attributions).map((attribution, i) => ({ path: `attributions/${i}`, sources: list(attribution.sources) })),
    ...list(event.disputes).flatMap((dispute, i) => list(dispute.positions).map((position, j) => ({ path: `disputes/${i}/positions/${j}`, sources: list(position.sources) }))),
  ];
}

/**
 * Each key claim cites at least one primary or reputable source, so a weak source only ever
 * stands beside a better one; an unknown or unclassified source counts as weak.
 */
export function checkKeyClaimSources(dataset) {
  const classOf = new Map(list(dataset.sources).map((source) => [source.id, source.class]));
  const problems = [];
  for (const event of list(dataset.events)) {
    for (const claim of keyClaims(event)) {
      const strong = claim.sources.filter((id) => classOf.get(id) === 'primary' || classOf.get(id) === 'reputable');
      if (strong.length === 0) {
        problems.push(`events/${event.id}/${claim.path}: cites no primary or reputable source (${claim.sources.map((id) => `${id}: ${classOf.get(id) ?? 'unknown'}`).join(', ') || 'none'})`);
      }
    }
  }
  return problems;
}

/**
 * Who plays which part: a victim record is a victim in some event, a subject record is a subject
 * in some event, an actor acts in or is named by some event; no event names an organisation as
 * both victim and subject; and a name or alias belongs to one record only.
 */
export function checkEntityRoles(dataset) {
  const events = list(dataset.events);
  const problems = [];
  const asVictim = new Set(events.flatMap((event) => list(event.victims)));
  const asSubject = new Set(events.flatMap((event) => list(event.subjects)));
  const actorsUsed = new Set(events.flatMap((event) => [...list(event.actors), ...list(event.attributions).flatMap((a) => [a.actor, a.by])]));
  for (const victim of list(dataset.victims)) {
    if (!asVictim.has(victim.id)) problems.push(`victims/${victim.id}: no event lists it as a victim; an organisation only named belongs in subjects`);
  }
  for (const subject of list(dataset.subjects)) {
    if (!asSubject.has(subject.id)) problems.push(`subjects/${subject.id}: no event names it as a subject`);
  }
  for (const actor of list(dataset.actors)) {
    if (!actorsUsed.has(actor.id)) problems.push(`actors/${actor.id}: no event lists it as an actor or names it in an attribution, so no filter reaches it`);
  }
  for (const event of events) {
    for (const id of list(event.subjects)) if (list(event.victims).includes(id)) problems.push(`events/${event.id}/subjects: "${id}" is also a victim of this event`);
  }
  const owner = new Map();
  const records = [
    ...list(dataset.actors).map((record) => ['actors', record]),
    ...list(dataset.victims).map((record) => ['victims', record]),
    ...list(dataset.subjects).map((record) => ['subjects', record]),
  ];
  for (const [kind, record] of records) {
    for (const name of new Set([record.name, ...list(record.aliases)].map((n) => String(n).trim().toLowerCase()))) {
      const first = owner.get(name);
      if (first) problems.push(`${kind}/${record.id}: the name or alias "${name}" already belongs to ${first}`);
      else owner.set(name, `${kind}/${record.id}`);
    }
  }
  return problems;
}

/** Every event carries the day it was last checked against its sources, not later than `today`. */
export function checkReviewDates(dataset, today = new Date().toISOString().slice(0, 10)) {
  const problems = [];
  for (const event of list(dataset.events)) {
    if (typeof event.reviewed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(event.reviewed)) problems.push(`events/${event.id}/reviewed: give the day it was last checked against its sources (YYYY-MM-DD)`);
    else if (event.reviewed > today) problems.push(`events/${event.id}/reviewed: ${event.reviewed} is in the future`);
  }
  return problems;
}

/** Lower-case words (letters and digits, apostrophes inside words kept), for comparing texts. */
export function wordsOf(text) {
  return String(text).toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The parts of `text` outside quotation marks ("…" or “…”): quoted words are the speaker's, so
 * they may match the source. Returned as separate pieces so no run bridges a quotation.
 */
export function unquotedParts(text) {
  return String(text).split(/"[^"]*"|“[^”]*”/);
}

function runsOf(words, length) {
  const runs = [];
  for (let i = 0; i + length <= words.length; i++) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

/**
 * Texts we write, each with a label: event titles, descriptions, date notes, attribution
 * confidences and dispute topics and claims; actor, victim and subject descriptions; story
 * captions; the dataset description; and the claims in source records.
 */
export function ownTexts(dataset) {
  const texts = [];
  const add = (label, text) => { if (typeof text === 'string') texts.push({ label, text }); };
  add('description', dataset.description);
  for (const event of list(dataset.events)) {
    const at = `events/${event.id}`;
    add(`${at}/title`, event.title);
    add(`${at}/description`, event.description);
    add(`${at}/dateNote`, event.dateNote);
    list(event.attributions).forEach((a, i) => add(`${at}/attributions/${i}/confidence`, a.confidence));
    list(event.disputes).forEach((d, i) => {
      add(`${at}/disputes/${i}/topic`, d.topic);
      list(d.positions).forEach((p, j) => add(`${at}/disputes/${i}/positions/${j}/claim`, p.claim));
    });
  }
  for (const kind of ['actors', 'victims', 'subjects']) for (const record of list(dataset[kind])) add(`${kind}/${record.id}/description`, record.description);
  for (const story of list(dataset.stories)) list(story.steps).forEach((step, i) => add(`stories/${story.id}/steps/${i}/caption`, step.caption));
  for (const source of list(dataset.sources)) list(source.claims).forEach((claim, i) => add(`sources/${source.id}/claims/${i}`, claim));
  return texts;
}

/**
 * Own words: no text we write repeats `runWords` or more words in a row from a stored quote
 * (a source's exact wording) outside quotation marks; and no text other than a source's claims
 * repeats that many words of a source claim (claims paraphrase the source, so copying one
 * carries the source's phrasing further). A claim is not compared with itself.
 */
export function checkOwnWords(dataset, runWords = COPY_RUN_WORDS) {
  const quoteRuns = new Map();
  const claimRuns = new Map();
  for (const source of list(dataset.sources)) {
    for (const quote of list(source.quotes)) for (const run of runsOf(wordsOf(quote), runWords)) if (!quoteRuns.has(run)) quoteRuns.set(run, `sources/${source.id}/quotes`);
    list(source.claims).forEach((claim, i) => {
      for (const part of unquotedParts(claim)) for (const run of runsOf(wordsOf(part), runWords)) if (!claimRuns.has(run)) claimRuns.set(run, `sources/${source.id}/claims/${i}`);
    });
  }
  const problems = [];
  for (const { label, text } of ownTexts(dataset)) {
    const isClaim = label.startsWith('sources/');
    const found = new Set();
    for (const part of unquotedParts(text)) {
      for (const run of runsOf(wordsOf(part), runWords)) {
        const from = quoteRuns.get(run) ?? (isClaim ? undefined : claimRuns.get(run));
        if (from && from !== label && !found.has(from)) {
          found.add(from);
          problems.push(`${label}: repeats "${run}" from ${from}; reword it, or quote it with quotation marks and the speaker`);
        }
      }
    }
  }
  return problems;
}

/** Every check above, in one list. */
export function checkPolicy(dataset, options = {}) {
  return [
    ...checkSourceClasses(dataset),
    ...checkKeyClaimSources(dataset),
    ...checkEntityRoles(dataset),
    ...checkReviewDates(dataset, options.today),
    ...checkOwnWords(dataset, options.runWords),
  ];
}

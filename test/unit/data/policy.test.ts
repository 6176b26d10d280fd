// The editorial policy behind `npm run data:check` (scripts/data-policy.mjs): the bundled
// dataset meets it, and each rule fails on a small dataset that breaks it.
import { describe, expect, it } from 'vitest';
import { assembleDefaultDataset } from '../../../scripts/build-dataset.mjs';
import {
  checkEntityRoles, checkKeyClaimSources, checkOwnWords, checkPolicy, checkReviewDates, checkSourceClasses, unquotedParts, wordsOf,
} from '../../../scripts/data-policy.mjs';

type Raw = Record<string, any>;
const TODAY = '2026-12-04';

/** A dataset that meets every rule; each test breaks one. */
function base(): Raw {
  return {
    version: 1,
    title: 'Test',
    actors: [
      { id: 'grp', name: 'Group', type: 'threat-group', aliases: ['Panda'] },
      { id: 'gov', name: 'Government', type: 'government' },
    ],
    victims: [{ id: 'firm', name: 'Firm', type: 'organization', sector: 'IT' }],
    subjects: [{ id: 'maker', name: 'Maker', type: 'organization', sector: 'Telecom' }],
    sources: [
      { id: 'rel', title: 'Release', publisher: 'Agency', kind: 'government', class: 'primary', classReason: 'The agency’s own release.',
        claims: ['The agency says the group broke into the firm in the spring.'],
        quotes: ['the intruders moved quietly from the provider into every client network they could reach over several months'] },
      { id: 'blog', title: 'Blog', publisher: 'Someone', kind: 'blog', class: 'weak', classReason: 'A personal blog.', claims: ['A blog repeats it.'] },
    ],
    events: [{
      id: 'e1', title: 'Group breaks into Firm', kind: 'intrusion', date: '2018', description: 'The firm was hacked.',
      actors: ['grp'], victims: ['firm'], subjects: ['maker'], sources: ['rel', 'blog'], reviewed: TODAY,
      attributions: [{ actor: 'grp', by: 'gov', sources: ['rel'] }],
      disputes: [{ topic: 'When', positions: [{ claim: 'Spring.', sources: ['rel'] }, { claim: 'Summer.', sources: ['rel', 'blog'] }] }],
    }],
  };
}

describe('the bundled dataset', () => {
  const dataset = JSON.parse(assembleDefaultDataset()) as Raw;

  it('meets the whole policy', () => {
    expect(checkPolicy(dataset)).toEqual([]);
  });

  it('keeps weak sources to pointers: the seed article and one repost, each beside a better source', () => {
    const weak = (dataset.sources as Raw[]).filter((source) => source.class === 'weak').map((source) => source.id);
    expect(weak.sort()).toEqual(['newsflash-2018-12-20-reuters-exclusive', 'seed-article']);
  });
});

describe('policy rules on small datasets', () => {
  it('the base dataset passes', () => {
    expect(checkPolicy(base(), { today: TODAY })).toEqual([]);
  });

  it('needs a class and a one-line reason on every source, and the seed article is weak', () => {
    const data = base();
    delete data.sources[0].class;
    data.sources[1].classReason = ' ';
    data.sources.push({ id: 'seed', title: 'S', publisher: 'P', kind: 'seed', class: 'reputable', classReason: 'x', claims: ['c'] });
    expect(checkSourceClasses(data)).toEqual([
      'sources/rel: "class" must be one of primary, reputable, weak, is undefined',
      'sources/blog: "classReason" must say in one line why the source has its class',
      'sources/seed: a seed article is "weak", is "reputable"',
    ]);
  });

  it('fails an event, an attribution or a dispute side that rests on weak sources only', () => {
    const data = base();
    data.events[0].sources = ['blog'];
    data.events[0].attributions[0].sources = ['blog'];
    data.events[0].disputes[0].positions[1].sources = ['blog', 'missing'];
    expect(checkKeyClaimSources(data)).toEqual([
      'events/e1/sources: cites no primary or reputable source (blog: weak)',
      'events/e1/attributions/0: cites no primary or reputable source (blog: weak)',
      'events/e1/disputes/0/positions/1: cites no primary or reputable source (blog: weak, missing: unknown)',
    ]);
  });

  it('lets a weak source stand beside a better one', () => {
    expect(checkKeyClaimSources(base())).toEqual([]);
  });

  it('keeps roles apart: victims victimised, subjects named, actors reachable, one record per name', () => {
    const data = base();
    data.events[0].victims = [];
    data.events[0].subjects = ['firm'];
    data.events[0].attributions = [];
    data.victims.push({ id: 'firm2', name: 'FIRM', type: 'organization', sector: 'IT' });
    data.actors.push({ id: 'grp2', name: 'Other', type: 'threat-group', aliases: ['panda '] });
    data.events[0].victims = ['firm2'];
    data.events[0].subjects = ['firm2'];
    expect(checkEntityRoles(data)).toEqual([
      'victims/firm: no event lists it as a victim; an organisation only named belongs in subjects',
      'subjects/maker: no event names it as a subject',
      'actors/gov: no event lists it as an actor or names it in an attribution, so no filter reaches it',
      'actors/grp2: no event lists it as an actor or names it in an attribution, so no filter reaches it',
      'events/e1/subjects: "firm2" is also a victim of this event',
      'actors/grp2: the name or alias "panda" already belongs to actors/grp',
      'victims/firm2: the name or alias "firm" already belongs to victims/firm',
    ]);
  });

  it('counts an actor named only in an attribution as reachable', () => {
    const data = base();
    data.events[0].actors = [];
    expect(checkEntityRoles(data)).toEqual([]);
  });

  it('needs a review day on every event, not in the future', () => {
    const data = base();
    data.events.push({ ...data.events[0], id: 'e2', reviewed: undefined }, { ...data.events[0], id: 'e3', reviewed: '2027-01-01' }, { ...data.events[0], id: 'e4', reviewed: '2026-12' });
    expect(checkReviewDates(data, TODAY)).toEqual([
      'events/e2/reviewed: give the day it was last checked against its sources (YYYY-MM-DD)',
      'events/e3/reviewed: 2027-01-01 is in the future',
      'events/e4/reviewed: give the day it was last checked against its sources (YYYY-MM-DD)',
    ]);
  });

  describe('own words', () => {
    const copied = 'The intruders moved quietly from the provider into every client network they could reach, officials said.';

    it('fails a text that repeats 12 words of a stored quote outside quotation marks, wherever it is', () => {
      const data = base();
      data.events[0].description = copied;
      data.actors[0].description = `Known because ${copied.toLowerCase()}`;
      const problems = checkOwnWords(data);
      expect(problems[0]).toBe('events/e1/description: repeats "the intruders moved quietly from the provider into every client network they" from sources/rel/quotes; reword it, or quote it with quotation marks and the speaker');
      expect(problems.map((p) => p.split(':')[0])).toEqual(['events/e1/description', 'actors/grp/description']);

      const claim = base();
      claim.sources[1].claims = [copied];
      expect(checkOwnWords(claim).map((p) => p.split(':')[0])).toEqual(['sources/blog/claims/0']);
    });

    it('accepts the same words inside quotation marks, straight or curly, and 11 words outside them', () => {
      const data = base();
      data.events[0].description = `The agency said "${copied.slice(0, -1)}".`;
      data.events[0].dateNote = `It wrote “the intruders moved quietly from the provider into every client network”.`;
      data.events[0].title = 'The intruders moved quietly from the provider into every client network';
      expect(checkOwnWords(data)).toEqual([]);
    });

    it('fails our text that copies 12 words of a source claim, but not the claim itself', () => {
      const data = base();
      data.events[0].description = 'As reported, the agency says the group broke into the firm in the spring of 2018.';
      expect(checkOwnWords(data)).toEqual([
        'events/e1/description: repeats "the agency says the group broke into the firm in the spring" from sources/rel/claims/0; reword it, or quote it with quotation marks and the speaker',
      ]);
    });

    it('compares words, not punctuation or case, and keeps a quotation from bridging two runs', () => {
      expect(wordsOf('Hunt’s “Cloud-Hopper” said: SOFT cell!')).toEqual(["hunt's", 'cloud', 'hopper', 'said', 'soft', 'cell']);
      expect(unquotedParts('a "b c" d “e” f')).toEqual(['a ', ' d ', ' f']);
    });
  });
});

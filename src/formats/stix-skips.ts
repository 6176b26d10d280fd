/**
 * Accounts for every object of a STIX bundle: the importer marks what it turned into something
 * (`use`) and says why it left something out (`skip`); `summarise` turns the rest into one
 * warning per type and reason, so nothing is dropped without a word.
 */
import type { TlpLevel } from '../model/types.ts';
import { cleanText } from './import-helpers.ts';
import { isUnmarked, nameOf, type StixObj } from './stix-objects.ts';

export interface SkipLog {
  use(id: string): void;
  /** Records why `object` is left out, unless something else uses it after all. */
  skip(object: StixObj, reason: string): void;
  /**
   * One warning per type and reason for every object neither used nor explained (those get
   * `defaultReason`), with up to three examples. An example quotes an object's name only when
   * the object is unmarked or clear (`levelOf`); otherwise only its id, so a warning never
   * repeats text marked for a restricted audience.
   */
  summarise(objects: readonly StixObj[], levelOf: (object: StixObj) => TlpLevel | undefined): { readonly warnings: string[]; readonly skipped: number };
}

const EXAMPLES = 3;
const OBSERVABLE_TYPES = new Set(['artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file', 'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url', 'user-account', 'windows-registry-key', 'x509-certificate']);

export function createSkipLog(): SkipLog {
  const used = new Set<string>();
  const reasons = new Map<string, string>();
  return {
    use: (id) => used.add(id),
    skip: (object, reason) => {
      if (!reasons.has(object.id)) reasons.set(object.id, reason);
    },
    summarise(objects, levelOf) {
      const groups = new Map<string, { type: string; reason: string; count: number; examples: string[] }>();
      let skipped = 0;
      for (const object of objects) {
        if (used.has(object.id)) continue;
        skipped += 1;
        const reason = reasons.get(object.id) ?? defaultReason(object);
        const key = `${object.type}\n${reason}`;
        const group = groups.get(key) ?? { type: object.type, reason, count: 0, examples: [] };
        group.count += 1;
        if (group.examples.length < EXAMPLES && typeof object.name === 'string' && object.type !== 'relationship') {
          group.examples.push(isUnmarked(levelOf(object)) ? `"${cleanText(nameOf(object), 80)}" (${object.id})` : object.id);
        }
        groups.set(key, group);
      }
      const warnings = [...groups.values()].map(({ type, reason, count, examples }) => {
        const more = count > examples.length && examples.length > 0 ? ', …' : '';
        return `${count} ${type} object${count === 1 ? '' : 's'} skipped: ${reason}${examples.length > 0 ? ` (${examples.join(', ')}${more})` : ''}.`;
      });
      return { warnings, skipped };
    },
  };
}

/** Why an object of this type, if nothing used it, is not on the timeline. */
function defaultReason(object: StixObj): string {
  const type = object.type;
  if (OBSERVABLE_TYPES.has(type)) return 'observables (cyber-observable objects) are not drawn on a timeline';
  if (type.startsWith('x-mitre-')) return 'ATT&CK internals (tactics, matrices, data sources, analytics…) have no place on a timeline';
  switch (type) {
    case 'relationship': return `${String(object.relationship_type)} (${typeOfRef(object.source_ref)} → ${typeOfRef(object.target_ref)}) is not a link the timeline draws`;
    case 'grouping': return 'a grouping is shared context with no date of its own, so it is not an event (MISP exports an unpublished event as a grouping: publish it to get a dated report); its objects are read on their own';
    case 'indicator': case 'observed-data': return 'indicators and observed data are not drawn on a timeline';
    case 'course-of-action': return 'mitigations are not drawn on a timeline';
    case 'note': case 'opinion': return 'analyst notes and opinions are not imported';
    case 'attack-pattern': return 'not used by an imported actor or event';
    case 'malware': case 'tool': return 'not used by an imported actor or event';
    case 'identity': return object.identity_class === 'system'
      ? 'a system identity (a feed or software) is neither an actor nor a victim'
      : 'not targeted, sighted, attributed to, named in a report or the creator of one (an identity that only created objects is neither an actor nor a victim)';
    case 'location': return 'not targeted, sighted, named in a report or the country of an actor or victim';
    case 'marking-definition': return 'no object carries it';
    case 'extension-definition': return 'extensions other than attack-timeline\'s own are not read';
    default: return 'not a type the timeline shows';
  }
}

function typeOfRef(ref: unknown): string {
  return typeof ref === 'string' && ref.includes('--') ? ref.slice(0, ref.indexOf('--')) : 'unknown';
}

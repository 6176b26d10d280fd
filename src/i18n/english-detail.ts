import type { Messages } from './messages.ts';

/**
 * The English words only the detail panel uses. The embed script leaves them out of its entry: they
 * come in that code's chunk (src/shell/lazy-event-detail.ts), which adds them to the English table
 * (`addEnglish`) before it defines its elements.
 */
export const ENGLISH: Pick<Messages, 'actorUses' | 'attributes' | 'attribution' | 'closeDetails' | 'disputed' | 'eventOrder' | 'madePublic' | 'nextEvent' | 'previousEvent' | 'publicAfter' | 'techniqueTitle' | 'techniques' | 'tlpTitle' | 'undated'> = {
  techniques: 'ATT&CK techniques',
  techniqueTitle: (id) => `MITRE ATT&CK technique ${id}`,
  actorUses: (actor, techniques, software) => `${actor} is known to use ${[
    techniques > 0 ? `${techniques} ATT&CK technique${techniques === 1 ? '' : 's'}` : '',
    software > 0 ? `${software} malware or tool${software === 1 ? '' : 's'}` : '',
  ].filter(Boolean).join(' and ')}`,
  attribution: 'Attribution',
  attributes: (by, actor) => [`${by} attributes this to `, actor],
  disputed: (topic) => `Disputed: ${topic}`,
  madePublic: 'Made public',
  publicAfter: (lag) => `public ${lag} after it began`,
  closeDetails: 'Close details',
  eventOrder: 'Events in date order',
  previousEvent: (title) => `Previous event: ${title}`,
  nextEvent: (title) => `Next event: ${title}`,
  undated: 'undated',
  tlpTitle: 'Traffic Light Protocol marking',
};

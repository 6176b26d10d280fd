// The detail panel's chunk (in the embed attack-timeline-event-detail.js): the element and the
// English words only it uses (src/i18n/english-detail.ts), which the shell adds before defining it.
import { AtEventDetail } from '../components/event-detail/event-detail.ts';

export const ELEMENTS = { 'at-event-detail': AtEventDetail };
export { ENGLISH } from '../i18n/english-detail.ts';

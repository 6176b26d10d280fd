// The narrow-screen cards' chunk (in the embed attack-timeline-event-cards.js): the element and the
// English words only it uses (src/i18n/english-cards.ts), which the shell adds before defining it.
import { AtEventCards } from '../components/event-cards/event-cards.ts';

export const ELEMENTS = { 'at-event-cards': AtEventCards };
export { ENGLISH } from '../i18n/english-cards.ts';

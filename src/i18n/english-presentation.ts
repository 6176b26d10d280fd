import type { Messages } from './messages.ts';

/**
 * The English words only the presentation bar uses. The embed script leaves them out of its entry: they
 * come in that code's chunk (src/shell/presentation.ts), which adds them to the English table
 * (`addEnglish`) before it defines its elements.
 */
export const ENGLISH: Pick<Messages, 'exitPresentation' | 'presentationHelp' | 'stepOf'> = {
  exitPresentation: 'Exit',
  stepOf: (step, total) => `Step ${step} of ${total}`,
  presentationHelp: '→ / Space next, ← previous, Esc exits',
};

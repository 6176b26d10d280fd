import { describe, expect, it } from 'vitest';
import { hasMessages, loadMessages, messagesFor } from '../../../src/i18n/messages.ts';

// A fresh module per test file: nothing has been loaded before these tests run, in this order.
describe('message tables on demand', () => {
  it('has English at hand, and gives English for a table not yet loaded', () => {
    expect(hasMessages('en-US')).toBe(true);
    expect(hasMessages('es')).toBe(true);
    expect(hasMessages('fr')).toBe(false);
    expect(messagesFor('fr').present).toBe('Present');
  });

  it('loads a table once, then has it at hand for every tag of that language', async () => {
    const first = loadMessages('fr-CA');
    const second = loadMessages('fr');
    expect(second).toBe(first);
    const french = await first;
    expect(french.present).toBe('Présenter');
    expect(hasMessages('fr-BE')).toBe(true);
    expect(messagesFor('fr')).toBe(french);
    expect(await loadMessages('fr')).toBe(french);
    expect(hasMessages('de')).toBe(false);
  });

  it('resolves English at once', async () => {
    expect(await loadMessages('en')).toBe(messagesFor(null));
    expect(await loadMessages('xx')).toBe(messagesFor(null));
  });
});

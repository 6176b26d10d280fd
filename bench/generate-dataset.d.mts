/** A deterministic synthetic dataset of `count` events in the attack-timeline JSON format. */
export function generateDataset(count: number, seed?: number): {
  version: 1;
  title: string;
  actors: { id: string; name: string; type: string }[];
  victims: { id: string; name: string; type: string; sector: string }[];
  sources: { id: string; title: string; publisher: string; kind: string; claims: string[]; url: string }[];
  events: Record<string, unknown>[];
};

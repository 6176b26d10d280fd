export const OUTPUT: string;
export function assembleDefaultDataset(): string;

export function browserTestFiles(folder: string): string[];
export function casesImportedBy(file: string): string[];
export function testWeight(file: string): number;
export function splitByWeight(weighted: readonly { file: string; weight: number }[], count: number): string[][];

// Splits the browser test files between runners of about equal work. A file's weight is its size
// in bytes, with the cases a shared page imports counted in (test/browser/harness/shared-page.ts):
// a test's length follows its text closely enough to balance two runners.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every `*.test.ts` under `folder`, sorted, as paths joined onto it. */
export function browserTestFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return browserTestFiles(path);
      return entry.name.endsWith('.test.ts') ? [path] : [];
    })
    .sort();
}

/** The `./x.cases.ts` files a test file imports (a shared page's cases), as paths joined onto its folder. */
export function casesImportedBy(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^import '(\.\/[^']+\.cases\.ts)';$/gm)].map((match) => join(dirname(file), match[1]));
}

/** The file's bytes plus those of the `./x.cases.ts` files it imports. */
export function testWeight(file) {
  return [file, ...casesImportedBy(file)].reduce((sum, path) => sum + statSync(path).size, 0);
}

/**
 * Deals `weighted` ({file, weight}) into `count` lists of about equal total weight: heaviest
 * first, each to the lightest list so far. Each list keeps the files' sorted order.
 */
export function splitByWeight(weighted, count) {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number of at least 1, not ${count}`);
  const bins = Array.from({ length: count }, () => ({ weight: 0, files: [] }));
  const heaviestFirst = [...weighted].sort((a, b) => b.weight - a.weight || a.file.localeCompare(b.file));
  for (const { file, weight } of heaviestFirst) {
    const lightest = bins.reduce((best, bin) => (bin.weight < best.weight ? bin : best));
    lightest.weight += weight;
    lightest.files.push(file);
  }
  return bins.map((bin) => bin.files.sort());
}

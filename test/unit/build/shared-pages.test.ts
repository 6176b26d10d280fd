// Browser cases gathered into one page per folder (test/browser/harness/shared-page.ts) run only if
// that page imports them: web-test-runner runs `*.test.ts` files, and a `*.cases.ts` file nobody
// imports would pass by never running. This checks the gathering on the files as they are, and
// the split of the test files between the two runners (scripts/run-browser-tests.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserTestFiles, casesImportedBy, splitByWeight, testWeight } from '../../../scripts/split-test-files.mjs';

const browserTests = fileURLToPath(new URL('../../browser', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]);
}

const casesFiles = filesUnder(browserTests).filter((file) => file.endsWith('.cases.ts'));
const pages = browserTestFiles(browserTests).filter((file) => file.endsWith('/shared-page.test.ts'));

describe('browser cases gathered into shared pages', () => {
  it('finds the pages and their cases (the check has something to check)', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(casesFiles.length).toBeGreaterThan(pages.length);
  });

  it('runs every *.cases.ts file: its own folder\'s shared page imports it, exactly once', () => {
    const imported = pages.flatMap(casesImportedBy);
    const notRun = casesFiles.filter((file) => !imported.includes(file));
    const twice = imported.filter((file, i) => imported.indexOf(file) !== i);
    expect(notRun, 'cases no page imports').toEqual([]);
    expect(twice, 'cases imported twice').toEqual([]);
    expect(imported.filter((file) => !casesFiles.includes(file)), 'imports of files that are not there').toEqual([]);
  });

  it('sets up each page before its cases: the harness is the page\'s first import', () => {
    for (const page of pages) {
      const firstImport = readFileSync(page, 'utf8').match(/^import '([^']+)';$/m)?.[1];
      expect(firstImport, page).toBe('../harness/shared-page.ts');
    }
  });
});

describe('browserTestFiles', () => {
  it('lists the *.test.ts files the runner runs, the shared pages among them and no cases file', () => {
    const files = browserTestFiles(browserTests);
    expect(files.length).toBeGreaterThan(pages.length);
    expect(files.every((file) => file.endsWith('.test.ts'))).toBe(true);
    expect(files).toEqual([...files].sort());
  });
});

describe('testWeight', () => {
  it('counts a shared page with the bytes of the cases it imports', () => {
    const page = pages[0]!;
    const cases = casesImportedBy(page);
    expect(cases.length).toBeGreaterThan(0);
    expect(testWeight(page)).toBe([page, ...cases].reduce((sum, file) => sum + statSync(file).size, 0));
  });
});

describe('splitByWeight', () => {
  const weighted = [
    { file: 'a', weight: 9 }, { file: 'b', weight: 7 }, { file: 'c', weight: 6 },
    { file: 'd', weight: 5 }, { file: 'e', weight: 2 }, { file: 'f', weight: 1 },
  ];

  it('deals every file once, into lists of near equal weight, each in sorted order', () => {
    const lists = splitByWeight(weighted, 2);
    expect(lists.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const weightOf = (list: string[]) => list.reduce((sum, file) => sum + weighted.find((w) => w.file === file)!.weight, 0);
    expect(lists.map(weightOf).sort()).toEqual([15, 15]);
    for (const list of lists) expect(list).toEqual([...list].sort());
  });

  it('puts one heavy file alone rather than beside the others', () => {
    expect(splitByWeight([{ file: 'x', weight: 100 }, { file: 'y', weight: 1 }, { file: 'z', weight: 1 }], 2)).toEqual([['x'], ['y', 'z']]);
  });

  it('leaves lists empty when there are fewer files, and refuses a count that is not a whole number from 1', () => {
    expect(splitByWeight([{ file: 'x', weight: 1 }], 3)).toEqual([['x'], [], []]);
    expect(() => splitByWeight(weighted, 0)).toThrow(/count .* not 0/);
    expect(() => splitByWeight(weighted, 1.5)).toThrow(/not 1.5/);
  });
});

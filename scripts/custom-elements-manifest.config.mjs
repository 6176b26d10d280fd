// Configuration of @custom-elements-manifest/analyzer (`npm run build:manifest`): reads the
// element classes' JSDoc into custom-elements.json. The tags are registered in one place,
// src/define.ts (`ELEMENTS`), not with decorators, so a small plugin copies the tag names from there.
import { readFileSync } from 'node:fs';

const defineSource = readFileSync(new URL('../src/define.ts', import.meta.url), 'utf8');
const elementsBlock = /ELEMENTS = \{([\s\S]*?)\}/.exec(defineSource)?.[1] ?? '';
const tagOfClass = new Map([...elementsBlock.matchAll(/'([a-z][a-z0-9-]*)':\s*(\w+)/g)].map(([, tag, name]) => [name, tag]));

export default {
  globs: ['src/components/**/*.ts', 'src/shell/attack-timeline.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.templates.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'attack-timeline-tag-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const tag = tagOfClass.get(declaration.name);
            if (!declaration.customElement || !tag) continue;
            declaration.tagName = tag;
            module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } }];
          }
        }
      },
    },
  ],
};

// Configuration of @custom-elements-manifest/analyzer (`npm run build:manifest`): reads the
// element classes' JSDoc into custom-elements.json, then three plugins make it describe the
// package as shipped:
// - tag names, copied from src/define.ts (`ELEMENTS`): the tags are registered there, not with
//   decorators;
// - event types (`CustomEvent<{ id: string | null }>`), from the TypeScript checker
//   (element-event-types.mjs); an event without one fails the build;
// - module paths of shipped files: the classes are declared in `dist/index.js` (the library
//   entry) and defined as tags by `dist/attack-timeline.js` (the embed); src/ is not published.
import { readFileSync } from 'node:fs';
import { readElementTypes } from './element-event-types.mjs';

const LIBRARY = 'dist/index.js';
const EMBED = 'dist/attack-timeline.js';

const defineSource = readFileSync(new URL('../src/define.ts', import.meta.url), 'utf8');
// Both maps: ELEMENTS (registered up front) and LAZY_ELEMENTS (class names as strings, defined on first use).
const elementsBlocks = [...defineSource.matchAll(/ELEMENTS = \{([\s\S]*?)\}/g)].map((match) => match[1]).join('\n');
const tagOfClass = new Map([...elementsBlocks.matchAll(/'([a-z][a-z0-9-]*)':\s*'?(\w+)/g)].map(([, tag, name]) => [name, tag]));

const tagNames = {
  name: 'attack-timeline-tag-names',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const tag = tagOfClass.get(declaration.name);
        if (declaration.customElement && tag) declaration.tagName = tag;
      }
    }
  },
};

function eventTypes(types) {
  return {
    name: 'attack-timeline-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = types.eventType(module.path, event.name);
            if (text) event.type = { text };
            else missing.push(`${declaration.name} fires ${event.name}`);
          }
        }
      }
      if (missing.length > 0) {
        throw new Error(`events without a detail type (add them to AttackTimelineEventMap in src/events.ts, or dispatch them with new CustomEvent<Detail>): ${missing.join(', ')}`);
      }
    },
  };
}

/** Every source module becomes the library module; private helpers of element files are left out. */
function shippedModules(types) {
  return {
    name: 'attack-timeline-shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement || types.libraryExports.has(declaration.name))
        .sort((a, b) => a.name.localeCompare(b.name)); // the analyzer's order varies from run to run
      const names = declarations.map((declaration) => declaration.name);
      const duplicate = names.find((name, i) => names.indexOf(name) !== i);
      if (duplicate) throw new Error(`two declarations named ${duplicate}: the library module can hold only one`);
      const reference = (name) => ({ name, module: LIBRARY });
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: LIBRARY,
          declarations,
          exports: names.filter((name) => types.libraryExports.has(name)).map((name) => ({ kind: 'js', name, declaration: reference(name) })),
        },
        {
          kind: 'javascript-module',
          path: EMBED,
          declarations: [],
          exports: declarations.filter((d) => d.tagName).map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: reference(d.name) })),
        },
      ];
      // References inside declarations (e.g. `inheritedFrom`) still name source files.
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if (key === 'module' && typeof inner === 'string' && inner.startsWith('src/')) value[key] = LIBRARY;
            else rewrite(inner);
          }
        }
      };
      rewrite(declarations);
    },
  };
}

const types = readElementTypes();

export default {
  globs: ['src/components/**/*.ts', 'src/shell/attack-timeline.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.templates.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagNames, eventTypes(types), shippedModules(types)],
};

// The detail type of each element event and the names the library entry exports, read with the
// TypeScript checker, for custom-elements.json (see custom-elements-manifest.config.mjs). The
// analyzer parses one file at a time and cannot resolve `CustomEvent<SelectDetail>` or the typed
// `emit(this, 'at-select', …)` helper, so this builds one program over src/ instead.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;

/** A program over the files tsconfig.build.json compiles (all of src/). */
function createProgram() {
  const configPath = `${root}tsconfig.build.json`;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

/**
 * A detail type as a reader wants it in the manifest: an object type spelled out one level deep
 * (`{ id: string | null }`, not `SelectDetail`), anything else as the checker prints it.
 */
function describe(checker, type, at) {
  const isPlainObject = type.flags & ts.TypeFlags.Object && !checker.isArrayLikeType(type) && type.getCallSignatures().length === 0;
  if (!isPlainObject) return checker.typeToString(type, at, FORMAT);
  const members = checker.getPropertiesOfType(type).map((property) => {
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    // InTypeAlias spells out a named union (`ActionName` → `'present' | 'png' | …`) rather than a name readers cannot import.
    return `${property.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(property, at), at, FORMAT | ts.TypeFormatFlags.InTypeAlias)}`;
  });
  return `{ ${members.join('; ')} }`;
}

/** `CustomEvent<X>` → X, or undefined when the type is not a CustomEvent. */
function customEventDetail(checker, type) {
  if (type.getSymbol()?.getName() !== 'CustomEvent') return undefined;
  return checker.getTypeArguments(type)[0];
}

/** The public events, typed once in src/events.ts (`AttackTimelineEventMap`): name → detail text. */
function eventMapTypes(program, checker) {
  const file = program.getSourceFile(`${root}src/events.ts`);
  const map = file?.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'AttackTimelineEventMap');
  if (!map) throw new Error('src/events.ts: interface AttackTimelineEventMap not found');
  const types = new Map();
  for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(map))) {
    const detail = customEventDetail(checker, checker.getTypeOfSymbolAtLocation(property, map));
    if (detail) types.set(property.name, describe(checker, detail, map));
  }
  return types;
}

/**
 * Events a module dispatches itself with `new CustomEvent('name', init)` (the ones not in the
 * event map, e.g. at-brush): name → detail text. No `detail` in `init` means the detail is null.
 */
function dispatchedTypes(checker, file) {
  const types = new Map();
  const visit = (node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CustomEvent') {
      const [name, init] = node.arguments ?? [];
      if (name && ts.isStringLiteralLike(name)) {
        const hasDetail = init && ts.isObjectLiteralExpression(init) && init.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'detail');
        const detail = hasDetail ? customEventDetail(checker, checker.getTypeAtLocation(node)) : undefined;
        types.set(name.text, detail ? describe(checker, detail, node) : 'null');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return types;
}

/**
 * Reads src/ once. `eventType(modulePath, name)` gives `CustomEvent<…>` for an event an element
 * fires (from the event map, else from a `new CustomEvent` dispatch), or undefined when neither
 * says, or dispatches disagree; `libraryExports` is the set of value names src/index.ts exports.
 */
export function readElementTypes() {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const mapped = eventMapTypes(program, checker);
  const perModule = new Map();
  const index = program.getSourceFile(`${root}src/index.ts`);
  if (!index) throw new Error('src/index.ts is not part of tsconfig.build.json');
  const libraryExports = new Set(
    checker.getExportsOfModule(checker.getSymbolAtLocation(index)).filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    }).map((symbol) => symbol.name),
  );
  const dispatched = (file) => {
    if (!perModule.has(file.fileName)) perModule.set(file.fileName, dispatchedTypes(checker, file));
    return perModule.get(file.fileName);
  };
  const sources = program.getSourceFiles().filter((file) => file.fileName.startsWith(`${root}src/`));
  const eventType = (modulePath, name) => {
    if (mapped.has(name)) return `CustomEvent<${mapped.get(name)}>`;
    // The element's own module first; else the one type any module of src/ dispatches it with
    // (an element may leave the dispatch to a helper file).
    const own = program.getSourceFile(`${root}${modulePath}`);
    let detail = own ? dispatched(own).get(name) : undefined;
    if (detail === undefined) {
      const found = new Set(sources.map((file) => dispatched(file).get(name)).filter((text) => text !== undefined));
      if (found.size === 1) [detail] = found;
    }
    return detail === undefined ? undefined : `CustomEvent<${detail}>`;
  };
  return { eventType, libraryExports };
}

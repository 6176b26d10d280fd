// What is wrong with a custom-elements.json, judged against the files the tarball ships.

/** Every `module` path a manifest refers to, with where (skips references into other packages). */
function moduleReferences(value, where, found = []) {
  if (Array.isArray(value)) value.forEach((item, i) => moduleReferences(item, `${where}[${i}]`, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string' && !value.package) found.push({ path: inner, where });
      else moduleReferences(inner, `${where}.${key}`, found);
    }
  }
  return found;
}

/**
 * `manifest`: the parsed custom-elements.json; `files`: paths in the tarball. Returns one line per
 * problem (an empty list when there is none): module paths and references to files the tarball
 * lacks, elements without a tag or a definition, events without a detail type.
 */
export function manifestProblems(manifest, files) {
  const problems = [];
  const shipped = new Set(files);
  for (const module of manifest.modules ?? []) {
    if (!shipped.has(module.path)) problems.push(`module path ${module.path} is not in the package`);
  }
  for (const { path, where } of moduleReferences(manifest.modules, 'modules')) {
    if (!shipped.has(path)) problems.push(`${where} refers to ${path}, which is not in the package`);
  }
  const defined = new Set((manifest.modules ?? []).flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  const elements = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  if (elements.length === 0) problems.push('no custom element is declared');
  for (const element of elements) {
    if (!element.tagName) problems.push(`${element.name} has no tagName`);
    else if (!defined.has(element.tagName)) problems.push(`<${element.tagName}> has no custom-element-definition export`);
    for (const event of element.events ?? []) {
      if (!/^CustomEvent<.+>$/.test(event.type?.text ?? '')) problems.push(`${element.name} fires ${event.name} with no detail type (type: ${JSON.stringify(event.type ?? null)})`);
    }
  }
  if (!elements.some((element) => (element.events ?? []).length > 0)) problems.push('no element fires any event');
  return problems;
}

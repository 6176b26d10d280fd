/**
 * The bundled default story, loaded on demand so pages that pass their own `src` or `dataset`
 * never download it (Vite splits this import into its own chunk).
 */
export async function loadDefaultDataset(): Promise<unknown> {
  const module = await import('../../data/default-dataset.json');
  return module.default;
}

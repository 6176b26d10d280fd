/**
 * Renders SVG text to a PNG at `scale` × its CSS size, through an image and a canvas. The image
 * is a `data:` URL (a strict page must allow `img-src data:`, as the README's policy does); an
 * SVG with no external resources leaves the canvas untainted.
 */
export async function svgToPngBlob(svg: string, widthPx: number, heightPx: number, scale = 2): Promise<Blob> {
  const image = new Image(widthPx, heightPx);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas available to draw the PNG');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png');
  });
}

/** Offers `blob` as a download named `filename` (an object URL, revoked a minute later). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: lower case ASCII words joined by hyphens, at most 60 characters. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.normalize('NFKD').replace(/[–—]/g, '-').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-').slice(0, 60).replace(/-+$/, '');
  return `${base || 'timeline'}.${extension}`;
}

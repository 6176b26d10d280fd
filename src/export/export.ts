// What Export needs (the element's exportSvg/exportPng and the Export buttons), as one module the
// shell imports on first use: in the embed, the chunk attack-timeline-export.js beside the script.
export { exportViewSvg } from './export-view.ts';
export { downloadBlob, fileNameFor, svgToPngBlob } from './export-png.ts';

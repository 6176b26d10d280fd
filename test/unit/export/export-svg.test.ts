import { describe, expect, it } from 'vitest';
import { buildExportSvg, escapeXml, safeFontFamily, wrapText, type ExportInput } from '../../../src/export/export-svg.ts';
import { fileNameFor } from '../../../src/export/export-png.ts';
import { EVENT_KINDS, type EventKind } from '../../../src/model/types.ts';

const kind = Object.fromEntries(EVENT_KINDS.map((k) => [k, '#123456'])) as Record<EventKind, string>;

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    title: 'Soft Cell <script>alert(1)</script> & "friends"',
    rangeText: 'Shown: Jan 2012 – Jun 2019',
    widthPx: 800,
    chartHeightPx: 200,
    backgroundMarkup: '<g><text x="8" y="14" fill="rgb(0,0,0)">APT10</text></g>',
    marks: [
      { kind: 'report', shape: 'point', x0Px: 100, x1Px: 100, solidX0Px: 100, solidX1Px: 100, yPx: 50, openStart: false, label: 'Cybereason publishes <b>Soft Cell</b>', labelXPx: 110, labelRoomPx: 300 },
      { kind: 'activity', shape: 'period', x0Px: 10, x1Px: 400, solidX0Px: 30, solidX1Px: 380, yPx: 80, openStart: true, label: 'Activity', labelXPx: 20, labelRoomPx: 10 },
      { kind: null, shape: 'cluster', x0Px: 500, x1Px: 520, solidX0Px: 500, solidX1Px: 520, yPx: 110, openStart: false, label: '12', labelXPx: 524, labelRoomPx: 80 },
    ],
    links: [{ kind: 'activity', x0Px: 100, y0Px: 50, x1Px: 30, y1Px: 80 }],
    legend: [{ kind: 'report', label: 'Report' }, { kind: 'activity', label: 'Activity' }],
    sourcesHeading: 'Sources',
    sources: ['Cybereason, “Operation Soft Cell”, 25 Jun 2019. https://example.org/a?b=1&c=2'],
    colours: { text: '#000000', muted: '#555555', background: '#ffffff', line: '#dddddd', kind },
    fontFamily: 'Georgia, "Times New Roman", serif',
    markPx: 14,
    ...overrides,
  };
}

describe('buildExportSvg', () => {
  it('writes a standalone SVG document with title, range, chart, legend and sources', () => {
    const { svg, widthPx, heightPx } = buildExportSvg(input());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(widthPx).toBe(848);
    expect(heightPx).toBeGreaterThan(200 + 100);
    expect(svg).toContain(`width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}"`);
    expect(svg).toContain('Shown: Jan 2012 – Jun 2019');
    expect(svg).toContain('>Report</text>');
    expect(svg).toContain('>Sources</text>');
    expect(svg).toContain('1. Cybereason, “Operation Soft Cell”, 25 Jun 2019. https://example.org/a?b=1&amp;c=2');
    expect(svg).toContain('clip-path="url(#chart-clip)"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('escapes every string from data and keeps CSS variables out', () => {
    const { svg } = buildExportSvg(input());
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Soft Cell &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain('Cybereason publishes &lt;b&gt;Soft Cell&lt;/b&gt;');
    expect(svg).not.toContain('var(');
    expect(svg).not.toMatch(/ style="/);
  });

  it('draws points as kind glyphs, periods with fading rough ends and an open-start arrow, clusters in grey, links dotted', () => {
    const { svg } = buildExportSvg(input());
    expect(svg).toMatch(/<g class="mark" transform="translate\(100,50\)"><path d="M[^"]+" fill="#123456" stroke="#ffffff"/);
    // No hatching: the less certain, the less ink. Rough ends fade outwards in steps inside a dotted outline.
    expect(svg).not.toContain('<pattern');
    const opacities = [...svg.matchAll(/<rect x="[^"]+" y="75" width="6.7" height="10" fill="#123456" fill-opacity="([0-9.]+)"\/>/g)].map((m) => Number(m[1]));
    expect(opacities).toEqual([0.2, 0.12, 0.05, 0.2, 0.12, 0.05]);
    expect(svg).toMatch(/fill="none" stroke="#123456" stroke-opacity="0.85" stroke-width="1" stroke-dasharray="1 2"/);
    // The known part carries more ink than any uncertain step.
    expect(svg).toContain('width="350" height="14" fill="#123456" fill-opacity="0.3"');
    expect(svg).toMatch(/<path d="M9,73 L2,80 L9,87 Z" fill="#123456" fill-opacity="0.6"\/>/);
    expect(svg).toContain('fill="#555555" fill-opacity="0.3"');
    expect(svg).toContain('stroke-dasharray="2 3"');
    expect(svg).toContain('>12</text>');
    // A label with too little room is left out, as on screen.
    expect(svg).not.toContain('>Activity</text>\n<text x="20"');
  });

  it('groups the legend by colour family, as on screen (attack kinds before disclosure kinds)', () => {
    const { svg } = buildExportSvg(input());
    const at = (label: string) => svg.indexOf(`font-size="13" fill="#000000">${label}</text>`);
    expect(at('Activity')).toBeGreaterThan(0);
    expect(at('Activity')).toBeLessThan(at('Report'));
  });

  it('is deterministic', () => {
    expect(buildExportSvg(input()).svg).toBe(buildExportSvg(input()).svg);
  });

  it('caps a long sources footer', () => {
    const sources = Array.from({ length: 200 }, (_, i) => `Publisher ${i}, “A title”`);
    const { svg } = buildExportSvg(input({ sources }));
    expect(svg).toContain('… (200 sources in all)');
    expect(svg).not.toContain('Publisher 150');
  });
});

describe('export helpers', () => {
  it('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('safeFontFamily strips anything that could end the style element', () => {
    expect(safeFontFamily('Georgia, "Times New Roman", serif')).toBe('Georgia, "Times New Roman", serif');
    expect(safeFontFamily('x</style><script>')).toBe('xstylescript');
    expect(safeFontFamily('{};')).toBe('sans-serif');
  });

  it('wrapText breaks at spaces and splits words longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('', 5)).toEqual([]);
  });

  it('fileNameFor makes a safe file name from a title', () => {
    expect(fileNameFor('Cloud Hopper and Soft Cell: state-linked cyber-espionage, 2006–2019', 'svg')).toBe('cloud-hopper-and-soft-cell-state-linked-cyber-espionage-2006.svg');
    expect(fileNameFor('日本語', 'png')).toBe('timeline.png');
  });
});

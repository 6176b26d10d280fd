// The embed's build step that compacts Lit template text (scripts/compact-templates.ts): what it
// takes out, what it must keep (strings, word gaps, attribute values, code), and its source map.
import { describe, expect, it } from 'vitest';
import { parseAst } from 'rolldown/parseAst';
import { applyEdits, compactCss, compactHtmlPieces, templateEdits } from '../../../scripts/compact-templates.ts';

/** The module compacted as the build does it. */
function compact(code: string) {
  return applyEdits(code, templateEdits(parseAst(code), code), 'module.js');
}

/** Decodes a v3 `mappings` string into per-line segments [column, source, line, sourceColumn] (an oracle independent of the encoder). */
function decodeMappings(mappings: string): number[][][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line === '' ? [] : line.split(',').map((segment) => {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      values.forEach((delta, index) => (state[index]! += delta));
      return [...state];
    });
  });
}

/** Where (0-based line, column) the map sends the first character of `needle` in the output. */
function originalOf(result: ReturnType<typeof compact>, needle: string): [number, number] {
  const at = result.code.indexOf(needle);
  const before = result.code.slice(0, at).split('\n');
  const segments = decodeMappings(result.map.mappings)[before.length - 1]!;
  const column = before.at(-1)!.length;
  const segment = segments.filter((candidate) => candidate[0]! <= column).at(-1)!;
  return [segment[2]!, segment[3]! + column - segment[0]!];
}

describe('compactCss', () => {
  it('drops comments, indentation and the spaces around punctuation', () => {
    expect(compactCss('\n  /* a note */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n  a,\n  b > c {\n    color: red;\n  }\n')).toBe(':host{display:block;margin:0 auto}a,b>c{color:red}');
  });

  it('keeps the spaces that separate words, descendants and calc() terms', () => {
    expect(compactCss('.a .b :focus { width: calc(100% - 2px); border: 1px   solid var(--x, #000); }')).toBe('.a .b :focus{width:calc(100% - 2px);border:1px solid var(--x,#000)}');
  });

  it('keeps quoted strings as written', () => {
    expect(compactCss(`.x::before { content: " : , { } "; font-family: 'A  B', serif; }`)).toBe(`.x::before{content:" : , { } ";font-family:'A  B',serif}`);
  });

  it('keeps one space next to a ${…} hole', () => {
    expect(compactCss('\n  color: ', { after: true })).toBe('color:');
    expect(compactCss(' solid;\n}', { before: true })).toBe(' solid}');
    expect(compactCss('.a ', { after: true })).toBe('.a ');
  });
});

describe('compactHtmlPieces', () => {
  it('drops the indentation after line breaks, keeping the breaks', () => {
    expect(compactHtmlPieces(['\n    <ul>\n      <li>', '</li>\n    </ul>\n  '])).toEqual(['\n<ul>\n<li>', '</li>\n</ul>\n']);
  });

  it('keeps quoted attribute values as written, across holes', () => {
    expect(compactHtmlPieces(['<p title="one\n    two" class="a ', '\n    b">\n    text</p>'])).toEqual(['<p title="one\n    two" class="a ', '\n    b">\ntext</p>']);
  });

  it('leaves a template with <pre> or <textarea> alone', () => {
    expect(compactHtmlPieces(['<pre>\n  a\n</pre>'])).toEqual(['<pre>\n  a\n</pre>']);
    expect(compactHtmlPieces(['<textarea>\n  a</textarea>'])).toEqual(['<textarea>\n  a</textarea>']);
  });
});

describe('templateEdits and applyEdits', () => {
  const source = [
    "import { css, html } from 'lit';",
    'export const styles = css`',
    '  :host {',
    '    display: block;',
    '  }',
    '`;',
    'export function view(items, note) {',
    '  return html`',
    '    <ul>',
    "      ${items.map((item) => html`<li>${item}</li>`)}",
    '    </ul>',
    "    ${note ? html`\n      <p>${'  kept  '}</p>` : ''}",
    '  `;',
    '}',
    "const plain = `\n    untouched`;",
    "export const after = 'after';",
  ].join('\n');
  const result = compact(source);

  it('compacts css, html and svg template text and nothing else', () => {
    expect(result.code).toContain('css`:host{display:block}`');
    expect(result.code).toContain("html`\n<ul>\n${items.map((item) => html`<li>${item}</li>`)}\n</ul>\n${note ? html`\n<p>${'  kept  '}</p>` : ''}\n`");
    expect(result.code).toContain("const plain = `\n    untouched`;");
  });

  it('maps code after the edits back to its line and column', () => {
    // 0-based; two of the lines above hold a line break of their own.
    expect(originalOf(result, "export const after")).toEqual([17, 0]);
    expect(originalOf(result, "'after'")).toEqual([17, 21]);
    expect(originalOf(result, 'items.map')).toEqual([9, 8]);
    expect(originalOf(result, "'  kept  '")).toEqual([12, 11]);
    expect(originalOf(result, 'export function view')).toEqual([6, 0]);
  });

  it('leaves a module without such templates as it is', () => {
    const code = 'const a = `\n  b`;\nexport default a;';
    expect(templateEdits(parseAst(code), code)).toEqual([]);
    expect(applyEdits(code, [], 'a.js').code).toBe(code);
  });
});

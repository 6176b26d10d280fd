import { describe, expect, it } from 'vitest';
import { decodeEntities, readHtml } from '../../../src/formats/html-text.ts';

describe('readHtml', () => {
  it('gives plain text and links, in order, whatever the quoting of href', () => {
    expect(readHtml('<p>Read <a href="https://a.example/1">the <b>first</b></a> and <A HREF=\'https://a.example/2\' title="x">second</A>, <a href=https://a.example/3>third</a>.</p>')).toEqual({
      text: 'Read the first and second, third.',
      links: [
        { href: 'https://a.example/1', text: 'the first' },
        { href: 'https://a.example/2', text: 'second' },
        { href: 'https://a.example/3', text: 'third' },
      ],
    });
  });

  it('ends a link at the next link or at the end when it is never closed, and ignores anchors without href', () => {
    expect(readHtml('<a name="x">anchor</a><a href="https://a.example/1">one <a href="https://a.example/2">two').links).toEqual([
      { href: 'https://a.example/1', text: 'one' },
      { href: 'https://a.example/2', text: 'two' },
    ]);
  });

  it('keeps a "<" that opens no tag as text, drops comments, declarations, scripts and styles', () => {
    expect(readHtml('1 < 2 and 3 <4; a<b').text).toBe('1 < 2 and 3 <4; a<b');
    expect(readHtml('<!DOCTYPE html>a<!-- x > y -->b<?php no ?>c<script>if (a < b) x()</script>d<STYLE>p{}</style>e<script>never closed').text).toBe('abcde');
  });

  it('separates words at block boundaries but not inside inline markup', () => {
    expect(readHtml('<p>a</p><p>b</p><div>c<br>d</div><li>e</li>f<b>g</b><span>h</span>').text).toBe('a b c d e fgh');
  });

  it('decodes entities in text and in href, and leaves unknown or malformed ones as written', () => {
    expect(readHtml('<a href="https://a.example/?a=1&amp;b=2">x</a>').links[0]!.href).toBe('https://a.example/?a=1&b=2');
    expect(decodeEntities('&amp; &lt;b&gt; &quot;q&quot; &#65;&#x42;&#X43; &rsquo; &bogus; & &#xD800; &#0; &#1114112; &amp')).toBe('& <b> "q" ABC ’ &bogus; & &#xD800; &#0; &#1114112; &amp');
  });
});

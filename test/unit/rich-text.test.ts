import { describe, expect, it } from 'vitest';
import { parseRichText, prefixedRichText, sanitiseRichText } from '../../shared/text/rich-text';

describe('rich text: the safe subset of XHTML', () => {
  it('keeps paragraphs, lists, bold, italic and tables, without namespace prefixes or attributes', () => {
    const xhtml =
      '<xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p class="x" style="color:red">Stop the <xhtml:b>motor</xhtml:b> within <xhtml:i>100&#160;ms</xhtml:i>:</xhtml:p>' +
      '<xhtml:ul><xhtml:li>on occlusion</xhtml:li><xhtml:li>on air</xhtml:li></xhtml:ul>' +
      '<xhtml:table border="1"><xhtml:tr><xhtml:th>Alarm</xhtml:th><xhtml:td colspan="2">High</xhtml:td></xhtml:tr></xhtml:table></xhtml:div>';
    expect(sanitiseRichText(xhtml)).toBe(
      '<div><p>Stop the <b>motor</b> within <i>100\u00A0ms</i>:</p><ul><li>on occlusion</li><li>on air</li></ul><table><tr><th>Alarm</th><td>High</td></tr></table></div>',
    );
  });

  it('neutralises scripts, event handlers, links, styles, frames and images', () => {
    const hostile =
      '<div><p onclick="steal()" onmouseover=\'x()\'>Press <a href="javascript:alert(1)">here</a></p>' +
      '<script>alert("boom")</script><SCRIPT type="text/javascript">fetch("//evil")</SCRIPT>' +
      '<img src="x" onerror="alert(2)"/><iframe src="https://evil.example"><p>inside</p></iframe>' +
      '<style>p { display: none }</style><svg onload="alert(3)"><script>alert(4)</script></svg>' +
      '<object data="evil.swf">fallback text</object><p style="background:url(javascript:alert(5))">end</p>' +
      '<!-- <script>alert(6)</script> --><![CDATA[<script>alert(7)</script>]]></div>';
    const safe = sanitiseRichText(hostile);
    expect(safe).toBe('<div><p>Press here</p>fallback text<p>end</p>&lt;script&gt;alert(7)&lt;/script&gt;</div>');
    expect(safe).not.toMatch(/<script|onclick|onerror|onload|javascript:|<iframe|<img|<svg|style=|href=/i);
  });

  it('reads malformed markup as far as it makes sense and gives its own output back unchanged', () => {
    const messy = '<p>open <b>bold <i>both</b> after</p></li><p>a < b & c > d</p>unclosed <ul><li>item';
    const once = sanitiseRichText(messy);
    expect(once).toBe('<div><p>open <b>bold <i>both</i></b> after</p><p>a &lt; b &amp; c &gt; d</p>unclosed <ul><li>item</li></ul></div>');
    expect(sanitiseRichText(once)).toBe(once);
    expect(sanitiseRichText(prefixedRichText(once))).toBe(once);
  });

  it('renames headings and preformatted blocks to paragraphs and drops layout whitespace', () => {
    expect(parseRichText('<h2>Title</h2>\n  <pre>code</pre>')).toEqual([
      { tag: 'p', children: ['Title'] },
      { tag: 'p', children: ['code'] },
    ]);
  });

  it('prefixes every element for ReqIF', () => {
    expect(prefixedRichText('<div><p>a<br/>b</p></div>')).toBe('<xhtml:div><xhtml:p>a<xhtml:br/>b</xhtml:p></xhtml:div>');
  });
});

import { describe, expect, it } from 'vitest';
import { readXmlTree } from '../../electron/core/import/xml-tree';
import { MAX_XML_DEPTH } from '../../electron/core/import/safe-xml-parser';

const none = () => false;
const raw = (local: string, parent: string) => local === 'THE-VALUE' && parent === 'ATTRIBUTE-VALUE-XHTML';

describe('one-pass XML reader', () => {
  it('builds the tree: attributes, repeated children as arrays, text, prefixes and xmlns dropped, raw XHTML kept', () => {
    const xml = `<?xml version="1.0"?>
<!-- a comment -->
<r:ROOT xmlns:r="urn:x" xmlns="urn:y" r:ID="a &amp; b"><A>one</A><A k='v'>two</A><B/><C><![CDATA[<x>]]></C>
  <ATTRIBUTE-VALUE-XHTML><THE-VALUE><xhtml:p>Hi <xhtml:b>there</xhtml:b></xhtml:p></THE-VALUE></ATTRIBUTE-VALUE-XHTML></r:ROOT>`;
    expect(readXmlTree(xml, raw)).toEqual({
      ROOT: {
        '@ID': 'a &amp; b',
        A: ['one', { '@k': 'v', '#text': 'two' }],
        B: '',
        C: '<x>',
        'ATTRIBUTE-VALUE-XHTML': { 'THE-VALUE': '<xhtml:p>Hi <xhtml:b>there</xhtml:b></xhtml:p>' },
      },
    });
  });

  it.each([
    ['<a><b></a>', /line 1, column 7: closing tag <\/a> does not match <b>/],
    ['<a>\n<b>', /line 2, column 4: <b> is not closed/],
    ['<a/><b/>', /a second root element <b>/],
    ['text<a/>', /text outside the root element/],
    ['<a x="1" x="2"/>', /attribute "x" appears twice/],
    ['<a x=1/>', /a tag is malformed/],
    ['<a><!-- open</a>', /the comment is not closed/],
    ['', /there is no root element/],
  ])('refuses %j naming where', (xml, message) => {
    expect(() => readXmlTree(xml, none)).toThrow(message);
  });

  it(`refuses nesting deeper than ${MAX_XML_DEPTH}, naming the line`, () => {
    const deep = `<r>\n\n${'<x>'.repeat(MAX_XML_DEPTH + 5)}${'</x>'.repeat(MAX_XML_DEPTH + 5)}</r>`;
    expect(() => readXmlTree(deep, none)).toThrow(`Line 3: the XML nests elements more than ${MAX_XML_DEPTH} deep`);
    const fits = `<r>${'<x>'.repeat(MAX_XML_DEPTH - 1)}${'</x>'.repeat(MAX_XML_DEPTH - 1)}</r>`;
    expect(() => readXmlTree(fits, none)).not.toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

// Issue 19 point 3: the XHTML of imported text is kept as rich text (a safe subset), given back by a ReqIF
// export, read as plain text everywhere else; markup that could run is gone before anything is stored.

let f: CoreFixture;
beforeEach(async () => {
  f = new CoreFixture();
  await f.project();
});
afterEach(() => f.dispose());

const PLAIN = '<xhtml:p>The system shall detect a single air bubble of 50 µl or more in the line.</xhtml:p>';
const HOSTILE =
  '<xhtml:div><xhtml:p onclick="steal()">Stop the <xhtml:b>motor</xhtml:b> <xhtml:i>at once</xhtml:i> when:</xhtml:p>' +
  '<xhtml:ul><xhtml:li>air is <xhtml:a href="javascript:alert(1)">detected</xhtml:a></xhtml:li><xhtml:li>the door opens</xhtml:li></xhtml:ul>' +
  '<xhtml:script>alert("boom")</xhtml:script><xhtml:img src="x" onerror="alert(2)"/>' +
  '<xhtml:table><xhtml:tr><xhtml:th>Bubble</xhtml:th><xhtml:td style="x:expression(alert(3))">50 µl</xhtml:td></xhtml:tr></xhtml:table></xhtml:div>';
const SAFE =
  '<div><p>Stop the <b>motor</b> <i>at once</i> when:</p><ul><li>air is detected</li><li>the door opens</li></ul><table><tr><th>Bubble</th><td>50 µl</td></tr></table></div>';

function capellaWith(xhtml: string) {
  const xml = readFileSync('test/fixtures/reqif/tools/capella.reqif', 'utf8').replace(PLAIN, xhtml);
  expect(xml).toContain(xhtml);
  return { fileName: 'capella-rich.reqif', base64: Buffer.from(xml, 'utf8').toString('base64') };
}

async function importFile(input: { fileName: string; base64: string }) {
  const preview = await f.ok('requirements.previewImport', input);
  return f.ok('requirements.import', { ...input, mapping: preview.mapping });
}

async function byId(humanId: string) {
  const row = (await f.ok('requirements.list', { filter: { text: humanId } })).rows.find((r) => r.humanId === humanId);
  return f.ok('requirements.get', { id: row?.id ?? 0 });
}

describe('rich text from ReqIF', () => {
  it('keeps the safe formatting, drops scripts, handlers and links, and reads plain text from what is kept', async () => {
    await importFile(capellaWith(HOSTILE));
    const sys101 = await byId('SYS-101');
    expect(sys101.textXhtml).toBe(SAFE);
    expect(sys101.text).toBe('Stop the motor at once when:\n- air is detected\n- the door opens\nBubble50 µl');
    expect(JSON.stringify(await f.ok('requirements.list', {}))).not.toMatch(/script|onclick|onerror|javascript|alert/);
    // A paragraph of plain words is formatting too (kept), while Cairn's own line-by-line markup is not.
    expect((await byId('SYS-102')).textXhtml).toBe('<div><p>The software shall alarm when the air detected over 15 minutes exceeds 1 ml.</p></div>');
  });

  it('exports the rich text as XHTML and a round trip keeps it', async () => {
    await importFile(capellaWith(HOSTILE));
    const file = await f.ok('requirements.export', { format: 'reqif' });
    const xml = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(xml).toContain('<THE-VALUE><xhtml:div><xhtml:p>Stop the <xhtml:b>motor</xhtml:b> <xhtml:i>at once</xhtml:i> when:</xhtml:p><xhtml:ul>');
    expect(xml).not.toMatch(/script|onclick|onerror|javascript|alert/);

    await f.project('copy.cairn');
    await importFile({ fileName: file.fileName, base64: file.base64 });
    expect(await byId('SYS-101')).toMatchObject({ textXhtml: SAFE, text: 'Stop the motor at once when:\n- air is detected\n- the door opens\nBubble50 µl' });
  });

  it('an edit of the text drops the formatting it no longer matches; other edits keep it; a re-import with new formatting updates it', async () => {
    await importFile(capellaWith(HOSTILE));
    const sys101 = await byId('SYS-101');
    await f.ok('requirements.update', { id: sys101.id, title: 'Air in line' });
    expect((await byId('SYS-101')).textXhtml).toBe(SAFE);
    await f.ok('requirements.update', { id: sys101.id, text: 'Stop the motor when air is detected.' });
    expect((await byId('SYS-101')).textXhtml).toBe('');

    const again = await importFile(capellaWith(HOSTILE.replace('<xhtml:b>motor</xhtml:b>', '<xhtml:em>motor</xhtml:em>')));
    expect(again).toMatchObject({ updated: 1, unchanged: 1 });
    expect((await byId('SYS-101')).textXhtml).toBe(SAFE.replace('<b>motor</b>', '<em>motor</em>'));
    expect(await f.ok('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
  });
});

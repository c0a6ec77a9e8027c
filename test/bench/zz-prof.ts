import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { toCsv } from '/work/wt/scale2/electron/core/import/csv';
import { writeReqif } from '/work/wt/scale2/electron/core/import/reqif-write';
import { generatedRequirements, projectWithItem, REQUIREMENT_HEADER } from '/work/wt/scale2/test/bench/requirements-bench';

const kind = process.argv[2] ?? 'csv';
const dir = mkdtempSync(join(tmpdir(), 'scale2-prof-'));
const rows = generatedRequirements();
let fileName: string; let base64: string;
if (kind === 'csv') { fileName = 'b.csv'; base64 = Buffer.from(toCsv([REQUIREMENT_HEADER, ...rows]), 'utf8').toString('base64'); }
else {
  fileName = 'b.reqif';
  base64 = Buffer.from(writeReqif({ title: 'Bench', createdAt: new Date().toISOString(), columns: ['ReqIF.ForeignID', 'ReqIF.Name', 'ReqIF.Text', 'Type', 'Status', 'Acceptance criteria', 'Verification method', 'Software item'], xhtmlColumn: 'ReqIF.Text',
    records: rows.map((r, i) => ({ key: String(i), lastChange: '2026-01-01T00:00:00Z', values: { 'ReqIF.ForeignID': r[0] ?? '', 'ReqIF.Name': r[1] ?? '', 'ReqIF.Text': r[2] ?? '', Type: r[3] ?? '', Status: r[4] ?? '', 'Acceptance criteria': r[5] ?? '', 'Verification method': r[6] ?? '', 'Software item': r[7] ?? '' } })) }), 'utf8').toString('base64');
}
const a = await projectWithItem(join(dir, 'p.cairn'), join(dir, 'ud'));
const preview = (await a.must('requirements.previewImport', { fileName, base64 })) as { mapping: unknown };
const t0 = performance.now(); const c0 = process.cpuUsage();
await a.must('requirements.import', { fileName, base64, mapping: preview.mapping });
const c = process.cpuUsage(c0);
console.log(kind, 'import ms', (performance.now() - t0).toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
await a.core.close();

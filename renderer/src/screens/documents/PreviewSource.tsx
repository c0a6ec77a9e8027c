import type { DocumentDetail } from '../../../../shared/api/documents-types';
import { latestVersion, shortSha } from './workflow-view';

/**
 * Says which content the preview shows. The core hands out the live content only; when a version's
 * frozen digest equals it, the preview is exactly what was signed, and otherwise the page says so.
 */
export function PreviewSource({ detail }: { detail: DocumentDetail }) {
  const frozen = [...detail.versions].reverse().find((v) => v.contentSha256 !== null);
  const latest = latestVersion(detail);
  const liveSha = detail.live.sha256;
  let text: string;
  if (frozen && frozen.contentSha256 === liveSha) {
    text = `The content of v${frozen.version} as frozen for signing (SHA-256 ${shortSha(liveSha)}); the records still match it.`;
  } else if (frozen) {
    text = `What the records say now (SHA-256 ${shortSha(liveSha)}). This differs from v${frozen.version} as signed (${shortSha(frozen.contentSha256)}); export v${frozen.version} as PDF to read what was signed.`;
  } else {
    text = `What v${latest?.version ?? 1} will say when it is sent for review: the records as they are now (SHA-256 ${shortSha(liveSha)}).`;
  }
  return <p className="preview-source small">{text}</p>;
}

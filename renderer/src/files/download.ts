/**
 * Hands bytes to the browser as a download. Works the same in the desktop app, where the window's
 * download handling takes over, and in the browser build, where the file lands in Downloads.
 */
export function downloadBytes(fileName: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file the core produced, which crosses the bridge base64-encoded. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBytes(fileName, bytes, type);
}

/** Asks the core for an exported file and downloads it; returns it so the caller can say what was written. */
export async function downloadExport<F extends { fileName: string; base64: string; mimeType: string }>(load: () => Promise<F>): Promise<F> {
  const file = await load();
  downloadBase64(file.fileName, file.base64, file.mimeType);
  return file;
}

export function downloadBase64Pdf(fileName: string, base64: string): void {
  downloadBase64(fileName, base64, 'application/pdf');
}

export function downloadJson(fileName: string, value: unknown): void {
  downloadBytes(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** A file's SHA-256 as 64 lowercase hex digits, computed in the browser (Web Crypto), so the bytes never leave the machine. */
export async function sha256OfFile(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { decodeSlot, encodeSlot, SLOT_BYTES, UNTAGGED_SLOT_BYTES, type KeySlot, type TaggedSlot } from './key-slots';

/**
 * Where an encrypted project keeps its key slots: a small envelope appended after the last SQLite page.
 *
 * Why there: the slots must be readable before the database is decrypted, and a project is ONE file that
 * people copy and e-mail, so they cannot live in a side file. SQLite's plain header has no room (sqlite3mc
 * caps it at 100 bytes) and better-sqlite3 offers no custom VFS. SQLite ignores bytes after its last page
 * (the page count lives in the header), but a checkpoint that moves pages from the WAL overwrites and then
 * truncates them. So Cairn alone checkpoints (every connection sets wal_autocheckpoint=0), and each
 * checkpoint is a seal (project-seal.ts): the envelope goes to `<file>-key` first (fsynced), the
 * checkpoint runs, the envelope is rewritten after the last page while the WAL write lock is held (no other
 * Cairn process can checkpoint then), and the side copy is removed. A crash at any instant leaves either
 * a good trailer or the `-key` copy beside the file, exactly as a crash leaves a `-wal` beside it.
 *
 * The slots themselves are derived from the (encrypted) user table: any session that has the key can
 * rebuild the envelope for the current team, so an open session repairs a missing or stale trailer, and
 * the recovery key printed at creation (the project key itself) opens a file whose envelope is lost.
 *
 * Layout: "CAIRNKEY" | version u8 | slot count u16 | slots | SHA-256(all before)[0..16] | length u32 | "CAIRNEND".
 * Version 2 slots carry a member tag (key-slots.ts); version 1 envelopes (written before tags) are still
 * read, and replaced by version 2 the first time the file is opened with its key.
 */
const START = Buffer.from('CAIRNKEY', 'latin1');
const END = Buffer.from('CAIRNEND', 'latin1');
const VERSION = 2;
/** Slot size by envelope version. */
const SLOT_SIZE: Readonly<Record<number, number>> = { 1: UNTAGGED_SLOT_BYTES, 2: SLOT_BYTES };
const CHECK_BYTES = 16;
const TAIL_BYTES = 4 + END.length;
/** More members than any team has; bounds what a hostile file can make us read. */
const MAX_SLOTS = 4096;

export function encodeEnvelope(slots: readonly TaggedSlot[]): Buffer {
  const head = Buffer.alloc(START.length + 3);
  START.copy(head, 0);
  head.writeUInt8(VERSION, START.length);
  head.writeUInt16BE(slots.length, START.length + 1);
  const body = Buffer.concat([head, ...slots.map(encodeSlot)]);
  const check = createHash('sha256').update(body).digest().subarray(0, CHECK_BYTES);
  const tail = Buffer.alloc(TAIL_BYTES);
  tail.writeUInt32BE(body.length + CHECK_BYTES + TAIL_BYTES, 0);
  END.copy(tail, 4);
  return Buffer.concat([body, check, tail]);
}

/** The slots of a complete, intact envelope, or null for anything else. */
export function decodeEnvelope(bytes: Buffer): KeySlot[] | null {
  const headBytes = START.length + 3;
  if (bytes.length < headBytes + CHECK_BYTES + TAIL_BYTES || !bytes.subarray(0, START.length).equals(START)) return null;
  const slotBytes: number | undefined = SLOT_SIZE[bytes.readUInt8(START.length)];
  if (slotBytes === undefined) return null;
  const count = bytes.readUInt16BE(START.length + 1);
  const bodyEnd = headBytes + count * slotBytes;
  if (count > MAX_SLOTS || bytes.length !== bodyEnd + CHECK_BYTES + TAIL_BYTES) return null;
  const check = createHash('sha256').update(bytes.subarray(0, bodyEnd)).digest().subarray(0, CHECK_BYTES);
  if (!check.equals(bytes.subarray(bodyEnd, bodyEnd + CHECK_BYTES))) return null;
  return Array.from({ length: count }, (_, i) => decodeSlot(bytes.subarray(headBytes + i * slotBytes, headBytes + (i + 1) * slotBytes)));
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  const read = readSync(fd, out, 0, length, position);
  return out.subarray(0, read);
}

/** The trailer at the end of an open file: its byte length and slots, or null when there is none. */
function trailerOf(fd: number): { length: number; slots: KeySlot[] } | null {
  const size = fstatSync(fd).size;
  if (size < TAIL_BYTES) return null;
  const tail = readAt(fd, size - TAIL_BYTES, TAIL_BYTES);
  if (!tail.subarray(4).equals(END)) return null;
  const length = tail.readUInt32BE(0);
  if (length > size || length > START.length + 3 + MAX_SLOTS * SLOT_BYTES + CHECK_BYTES + TAIL_BYTES) return null;
  const slots = decodeEnvelope(readAt(fd, size - length, length));
  return slots ? { length, slots } : null;
}

/** The side copy a seal keeps while it checkpoints; see the comment at the top. */
export function sideCopyPath(path: string): string {
  return `${path}-key`;
}

/** The slots at the end of the file, else in its side copy (a seal was interrupted), else null. */
export function readEnvelope(path: string): KeySlot[] | null {
  const fd = openSync(path, 'r');
  try {
    const trailer = trailerOf(fd);
    if (trailer) return trailer.slots;
  } finally {
    closeSync(fd);
  }
  const side = sideCopyPath(path);
  return existsSync(side) ? decodeEnvelope(readFileSync(side)) : null;
}

/** The slots of the envelope at the end of the file, or null when it has none (no side copy consulted). */
export function readTrailer(path: string): KeySlot[] | null {
  const fd = openSync(path, 'r');
  try {
    return trailerOf(fd)?.slots ?? null;
  } finally {
    closeSync(fd);
  }
}

/** Whether the file ends with an envelope (an encrypted Cairn project that is complete on its own). */
export function hasTrailer(path: string): boolean {
  return readTrailer(path) !== null;
}

export function writeSideCopy(path: string, envelope: Buffer): void {
  writeFileSync(sideCopyPath(path), envelope, { mode: 0o600, flush: true });
}

export function removeSideCopy(path: string): void {
  rmSync(sideCopyPath(path), { force: true });
}

/**
 * Puts `envelope` right after the last page and cuts the file there. The caller holds the WAL write lock
 * and has just checkpointed, so the pages end either at the file's end or where an earlier trailer begins.
 * Refuses (returns false) when that end is not on a page boundary: then something else owns the tail.
 */
export function writeTrailer(path: string, envelope: Buffer, pageSize: number): boolean {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const pagesEnd = size - (trailerOf(fd)?.length ?? 0);
    if (pagesEnd % pageSize !== 0) return false;
    writeSync(fd, envelope, 0, envelope.length, pagesEnd);
    ftruncateSync(fd, pagesEnd + envelope.length);
    fsyncSync(fd);
    return true;
  } finally {
    closeSync(fd);
  }
}

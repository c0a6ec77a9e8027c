import { closeSync, openSync, readSync } from 'node:fs';
import { hasTrailer } from '../projects/key-envelope';
import { CAIRN_APPLICATION_ID } from './connection';

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Where SQLite's header keeps the application id (big-endian), which Cairn sets to "CAIR". */
const APPLICATION_ID_OFFSET = 68;

/**
 * Whether the file at `path` is a Cairn project, judged from its header (a plain project) or its key
 * envelope (an encrypted one) alone: no SQLite connection, so nothing in the file is touched. Used before
 * replacing a file: only an earlier Cairn project may be.
 */
export function isCairnProjectFile(path: string): boolean {
  return isPlainCairnFile(path) || isEncryptedCairnFile(path);
}

function isEncryptedCairnFile(path: string): boolean {
  try {
    return hasTrailer(path);
  } catch {
    return false;
  }
}

function isPlainCairnFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(APPLICATION_ID_OFFSET + 4);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1', 0, SQLITE_MAGIC.length) === SQLITE_MAGIC && head.readUInt32BE(APPLICATION_ID_OFFSET) === CAIRN_APPLICATION_ID;
  } finally {
    closeSync(fd);
  }
}

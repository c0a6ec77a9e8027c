import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';

/** Bytes all entries of an archive may unpack to together: far above any real requirements file. */
export const MAX_UNZIPPED_TOTAL = 64 * 1024 * 1024;
/** Entries an archive may hold: a .reqif and its attachments, with generous room. */
export const MAX_ENTRIES = 1000;

const MIB = 1024 * 1024;

/**
 * A .reqifz is a zip holding one .reqif (and sometimes attachments); we read the first .reqif in it.
 * The archive's own directory states every entry's unpacked size before anything is inflated, so a zip
 * bomb (a small file that unpacks to gigabytes, in one entry or spread over many) is refused up front,
 * with memory bounded by the limits rather than by what the file claims.
 */
export function unzipReqif(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    // First pass reads only the directory (the filter keeps nothing), so a bomb is refused before any
    // entry is inflated; the second inflates the .reqif entries the first pass found within the limits.
    checkLimits(bytes);
    files = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.reqif') });
  } catch (error) {
    if (error instanceof LimitError) throw new Error(`The .reqifz file is refused: ${error.message}.`);
    throw new Error(`The .reqifz file is not a readable zip archive (${(error as Error).message}); it may be cut short.`);
  }
  const name = Object.keys(files).sort()[0];
  if (name === undefined) throw new Error('The .reqifz archive holds no .reqif file.');
  return strFromU8(files[name] as Uint8Array);
}

/** Counts the entries and adds up their stated sizes; fflate never inflates past a stated size. */
function checkLimits(bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      entries += 1;
      total += file.originalSize;
      if (entries > MAX_ENTRIES) throw new LimitError(`the archive holds more than ${MAX_ENTRIES} entries, Cairn's limit for a .reqifz`);
      if (total > MAX_UNZIPPED_TOTAL) {
        throw new LimitError(`the archive would unpack to more than ${MAX_UNZIPPED_TOTAL / MIB} MiB, Cairn's limit for a .reqifz (at entry ${entries}, "${file.name}")`);
      }
      return false;
    },
  });
}

class LimitError extends Error {}

export function zipReqif(name: string, xml: string): Uint8Array {
  return zipSync({ [name]: strToU8(xml) }, { level: 6 });
}

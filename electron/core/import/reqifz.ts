import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';

/** Larger than any real requirements file; refusing it keeps a zip bomb from filling memory. */
const MAX_UNZIPPED = 512 * 1024 * 1024;

/** A .reqifz is a zip holding one .reqif (and sometimes attachments); we read the first .reqif in it. */
export function unzipReqif(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_UNZIPPED) throw new Error(`${file.name} would unpack to ${file.originalSize} bytes`);
        return file.name.toLowerCase().endsWith('.reqif');
      },
    });
  } catch (error) {
    throw new Error(`The .reqifz file is not a readable zip archive (${(error as Error).message}); it may be cut short.`);
  }
  const name = Object.keys(files).sort()[0];
  if (name === undefined) throw new Error('The .reqifz archive holds no .reqif file.');
  return strFromU8(files[name] as Uint8Array);
}

export function zipReqif(name: string, xml: string): Uint8Array {
  return zipSync({ [name]: strToU8(xml) }, { level: 6 });
}

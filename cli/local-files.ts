import { openAsBlob } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ByteSink } from '../workers/loaders/byte-sink';
import { testHook } from './test-hook';

/** Blobs read from local files, and the file each reads. */
const localPaths = new WeakMap<Blob, string>();

/**
 * Opens a local file as a File (named after the file, as the browser's file picker gives it) that reads
 * from disk on demand (never the whole file into memory), and remembers its path so engines can read it
 * in place.
 */
export async function openLocalFile(filePath: string): Promise<File> {
  // A File made of the disk-backed Blob keeps reading from disk: Node's Blob parts are not copied.
  const file = new File([await openAsBlob(filePath)], path.basename(filePath));
  localPaths.set(file, path.resolve(filePath));
  return file;
}

/** The local file a Blob reads, if it was opened with {@link openLocalFile}. */
export function localPathOf(blob: Blob): string | undefined {
  return localPaths.get(blob);
}

/**
 * A sink that writes to a file in `dir` (the run's temporary folder, temp-folder.ts, which is removed on
 * every way out): a GB18030 file is transcoded to disk, as the browser does with OPFS, so a multi-GB
 * export never sits in memory.
 */
export function createFileSinkFactory(dir: string): (name: string) => Promise<ByteSink> {
  return async (name) => {
    const file = path.join(dir, name.replace(/[^\w.-]/g, '_'));
    const stream = createWriteStream(file);
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    await opened;
    const finish = () =>
      new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    let isFirstChunk = true;
    return {
      async write(chunk) {
        if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
        if (isFirstChunk) {
          isFirstChunk = false;
          if (process.env['CLAIMLENS_TEST_HOOK']) {
            await new Promise<void>((resolve) => stream.write(new Uint8Array(0), () => resolve()));
            await testHook('transcoding');
          }
        }
      },
      async close() {
        await finish();
        return openLocalFile(file);
      },
      async abort() {
        stream.destroy();
        await rm(file, { force: true });
      },
      async discard() {
        await rm(file, { force: true });
      },
    };
  };
}

import type { ByteSink } from './byte-sink';

/** The OPFS folder that holds transcoded files while they are loaded. */
export const OPFS_SINK_DIR = 'claimlens-transcoded';

/**
 * A sink that writes to a file in the origin-private file system through a synchronous access handle
 * (dedicated workers only), so a multi-GB transcoded file never sits in memory. `close()` returns the
 * disk-backed File, which the engine then reads in place; `abort()` and `discard()` delete it.
 */
export async function createOpfsSink(name: string): Promise<ByteSink> {
  const root = await navigator.storage.getDirectory();
  const dir = await root.getDirectoryHandle(OPFS_SINK_DIR, { create: true });
  const fileName = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${name}`;
  const handle = await dir.getFileHandle(fileName, { create: true });
  let access: FileSystemSyncAccessHandle | null = await handle.createSyncAccessHandle();
  let position = 0;
  const release = () => {
    access?.close();
    access = null;
  };
  const remove = () => dir.removeEntry(fileName).catch(() => undefined);
  return {
    write(chunk) {
      if (!access) throw new Error(`opfs sink closed: ${fileName}`);
      let written = 0;
      while (written < chunk.length) {
        written += access.write(chunk.subarray(written), { at: position + written });
      }
      position += written;
    },
    async close() {
      access?.flush();
      release();
      return handle.getFile();
    },
    async abort() {
      release();
      await remove();
    },
    async discard() {
      await remove();
    },
  };
}

/** Deletes transcoded files a crashed or closed tab left behind (call once when the worker starts). */
export async function clearOpfsSinks(): Promise<void> {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(OPFS_SINK_DIR, { recursive: true }).catch(() => undefined);
}

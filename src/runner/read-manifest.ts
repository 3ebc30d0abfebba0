// Reading models.yaml safely, for the action and the CLI alike. A fork controls the file: it may be
// a symbolic link to any file of the runner (whose first characters would then appear in
// annotations and the comment), to /dev/zero (endless), or a FIFO (blocks the read forever).
// So: a path that is lexically inside `root` must really be inside it once links are resolved; only
// a regular file is read; and at most MAX_MANIFEST_BYTES of it.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';

/** 1 MiB: a manifest of thousands of deployments is a few hundred KiB. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

export class ManifestFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestFileError';
  }
}

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);

/**
 * Reads `file` (relative to `root`, or absolute). `shown` names it in errors. A path outside `root`
 * to begin with is read only when `allowOutside` (the CLI's explicit paths); one that leaves `root`
 * through a symbolic link never is.
 */
export async function readManifestFile(root: string, file: string, opts: { shown?: string; allowOutside?: boolean } = {}): Promise<Uint8Array> {
  const shown = opts.shown ?? file;
  const lexical = path.resolve(root, file);
  let realRoot: string;
  let real: string;
  try {
    realRoot = await realpath(root);
    real = await realpath(lexical);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ManifestFileError(code === 'ENOENT' ? `${shown} does not exist` : `cannot read ${shown} (${code ?? (error as Error).message})`);
  }
  const lexicallyInside = inside(path.resolve(root), lexical);
  if (!lexicallyInside && !opts.allowOutside) throw new ManifestFileError(`${shown} is outside the workspace`);
  if (lexicallyInside && !inside(realRoot, real)) throw new ManifestFileError(`${shown} is a symbolic link to a file outside the workspace; refusing to read it`);

  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is then checked on the open file.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    throw new ManifestFileError(`cannot read ${shown} (${error.code ?? error.message})`);
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ManifestFileError(`${shown} is not a regular file`);
    if (stat.size > MAX_MANIFEST_BYTES) throw new ManifestFileError(`${shown} is larger than 1 MiB (${stat.size} bytes); split the fleet into several manifests`);
    // Read one byte more than allowed, in case the file grew since stat.
    const buffer = Buffer.alloc(MAX_MANIFEST_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_MANIFEST_BYTES) throw new ManifestFileError(`${shown} is larger than 1 MiB; split the fleet into several manifests`);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

// Every mode reads the manifest the same way: from the workspace, with an error that says which
// input to fix.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export async function readManifest(relative: string): Promise<Uint8Array> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    return await readFile(path.join(workspace, relative));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `manifest: ${relative} does not exist in the repository (set the manifest input)` : `manifest: cannot read ${relative} (${code ?? (error as Error).message})`);
  }
}

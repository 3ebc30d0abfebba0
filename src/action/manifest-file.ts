// Every mode reads the manifest the same way: from the workspace, with an error that says which
// input to fix. src/runner/read-manifest.ts refuses links out of the workspace, non-regular files
// and files over 1 MiB.
import { ManifestFileError, readManifestFile } from '../runner/read-manifest.js';

export async function readManifest(relative: string): Promise<Uint8Array> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  try {
    return await readManifestFile(workspace, relative, { shown: relative });
  } catch (error) {
    if (error instanceof ManifestFileError && / does not exist$/.test(error.message)) {
      throw new Error(`manifest: ${relative} does not exist in the repository (set the manifest input)`);
    }
    throw new Error(`manifest: ${(error as Error).message}`);
  }
}

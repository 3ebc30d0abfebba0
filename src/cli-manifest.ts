// Where the CLI's manifest sits in its repository, and its copy on another branch. The identity
// stacks record (emd:manifest) is the repository-relative path, so `plan /abs/path/models.yaml`,
// `plan ./models.yaml` and `plan models.yaml` from the root are the same manifest.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { canonicalManifestPath } from './core/live.js';

const run = promisify(execFile);

/** The nearest directory holding `.git` (a directory, or a file in worktrees), else undefined. */
export function repositoryRoot(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The manifest's repository-relative path (relative to the working directory outside a repository). */
export function manifestIdentity(file: string, cwd = process.cwd()): { root: string; identity: string } {
  const absolute = path.resolve(cwd, file);
  const root = repositoryRoot(path.dirname(absolute)) ?? cwd;
  const relative = path.relative(root, absolute);
  const identity = relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(absolute) : relative;
  return { root, identity: canonicalManifestPath(identity.split(path.sep).join('/')) };
}

/** `--base <file>`: the file's content. */
export async function baseFromFile(file: string): Promise<{ content: string | undefined; source: string }> {
  return { content: await readFile(file, 'utf8'), source: `--base ${file}` };
}

/** `--base-ref <ref>`: the manifest as it is at that git ref; content undefined when it did not exist there. */
export async function baseFromRef(root: string, ref: string, identity: string): Promise<{ content: string | undefined; source: string }> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/@{}^~-]*$/.test(ref)) throw new Error(`--base-ref "${ref}" is not a git ref`);
  const source = `${ref}`;
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new Error(`--base-ref ${ref}: no such commit in ${root}`);
  }
  try {
    const { stdout } = await run('git', ['show', `${ref}:${identity}`], { cwd: root, maxBuffer: 4 * 1024 * 1024 });
    return { content: stdout, source };
  } catch {
    return { content: undefined, source };
  }
}

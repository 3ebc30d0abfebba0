// The source bundle the pipeline's S3 source action reads: cloudformation/** and buildspecs/** of
// the action, zipped deterministically (sorted entries, fixed timestamps and modes, fixed
// compression level) so an unchanged bundle has the same bytes and the same hash, and the upload
// can be skipped.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export const BUNDLE_DIRECTORIES = ['cloudformation', 'buildspecs'] as const;

/** Midnight 1980-01-01 in local time: the earliest ZIP (DOS) timestamp, stored the same in every zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the Unix attribute bits of the central directory. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

export interface Bundle {
  bytes: Uint8Array;
  /** Hex sha256 of `bytes`. */
  sha256: string;
  /** Entry names, sorted, with forward slashes. */
  files: string[];
}

export function buildBundle(actionRoot: string): Bundle {
  const files = BUNDLE_DIRECTORIES.flatMap((dir) => listFiles(actionRoot, dir)).sort();
  if (!files.some((f) => f === 'cloudformation/bootstrap.yaml')) {
    throw new Error(`${actionRoot} holds no cloudformation/bootstrap.yaml; actionRoot must be the directory with cloudformation/ and buildspecs/`);
  }
  const entries: Zippable = {};
  for (const file of files) {
    entries[file] = [readFileSync(path.join(actionRoot, ...file.split('/'))), { level: 9, mtime: FIXED_MTIME, os: 3, attrs: FILE_ATTRS }];
  }
  const bytes = zipSync(entries);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), files };
}

/** Regular files under `dir`, relative to `root`, skipping dotfiles and dot-directories. */
function listFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(root, ...rel.split('/')), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  visit(dir);
  return out;
}

// A dated cache of live price answers, reused across runs for a day so a busy repository does not
// ask the Price List API for the same figures on every push. It is a JSON file in the runner's tool
// cache (kept between jobs on self-hosted runners; a workflow can carry it with actions/cache), or
// wherever EMD_PRICE_CACHE_FILE points. A cache that cannot be read or written is only skipped.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface CachedValue<T> {
  /** When the value was read from AWS (ISO-8601). */
  readAt: string;
  value: T;
}

interface CacheFile {
  version: 1;
  entries: Record<string, CachedValue<unknown>>;
}

/** On a runner, the tool cache; elsewhere (a laptop, a test) no cache unless one is named. */
export function defaultCachePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.EMD_PRICE_CACHE_FILE) return env.EMD_PRICE_CACHE_FILE;
  return env.RUNNER_TOOL_CACHE ? join(env.RUNNER_TOOL_CACHE, 'emd-action', 'price-cache-v1.json') : undefined;
}

export class PriceCache {
  private entries: Record<string, CachedValue<unknown>> = {};
  private dirty = false;

  constructor(
    readonly path: string | undefined,
    private readonly now: () => Date = () => new Date()
  ) {}

  async load(): Promise<void> {
    if (!this.path) return;
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as CacheFile;
      if (parsed?.version === 1 && parsed.entries && typeof parsed.entries === 'object') this.entries = parsed.entries;
    } catch {
      this.entries = {};
    }
  }

  /** A value read less than a day ago, or undefined. */
  get<T>(key: string): CachedValue<T> | undefined {
    const hit = this.entries[key] as CachedValue<T> | undefined;
    if (!hit) return undefined;
    const age = this.now().getTime() - Date.parse(hit.readAt);
    return Number.isFinite(age) && age >= 0 && age < CACHE_MAX_AGE_MS ? hit : undefined;
  }

  set<T>(key: string, value: T): void {
    this.entries[key] = { readAt: this.now().toISOString(), value };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.path || !this.dirty) return;
    // Drop what no run will reuse, so the file stays small.
    const fresh = Object.fromEntries(Object.entries(this.entries).filter(([k]) => this.get(k)));
    const body: CacheFile = { version: 1, entries: fresh };
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(body));
      await rename(tmp, this.path);
      this.dirty = false;
    } catch {
      // A read-only tool cache costs a few calls next run, nothing more.
    }
  }
}

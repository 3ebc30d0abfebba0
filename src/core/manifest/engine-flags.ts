// engine_args against each engine's allow-list of serving flags (src/core/data/engine-flags.json):
// a flag the pinned engine version does not have is a plan error with a did-you-mean (it would cost
// a 20-minute build to find out otherwise), and a flag that runs foreign code, reads another
// repository or file, or changes authentication is refused unless the entry opts in by name
// (`allow_remote_code: true` for trust-remote-code, reported as a warning so the comment shows it).
import data from '../data/engine-flags.json' with { type: 'json' };
import type { Engine } from '../types.js';
import type { RawEntry } from './schema.js';

export interface EngineFlagTable {
  version: string;
  command: string;
  source: Record<string, unknown>;
  allowed: string[];
  refused: Record<string, string>;
  optIn: Record<string, string>;
}

export const ENGINE_FLAGS = (data as { engines: Record<Engine, EngineFlagTable> }).engines;

type Fail = (field: string, message: string, sub?: ReadonlyArray<string | number>) => void;
type Warn = (field: string, message: string, sub?: ReadonlyArray<string | number>) => void;

/** Opt-in fields an entry may set; each names the refused flag it unlocks. */
export const OPT_IN_FIELDS = ['allow_remote_code'] as const;

/**
 * Checks every engine_args key of an entry whose key already has the flag character set. Values
 * that start with `-` are refused for every engine: the build hands each value to the engine as
 * its own word, and a value like `--api-key` would be read as another flag.
 */
export function checkEngineFlags(entry: RawEntry & { allow_remote_code?: boolean }, fail: Fail, warn: Warn): void {
  const engine: Engine = entry.engine ?? 'vllm';
  const table = ENGINE_FLAGS[engine];
  const pinned = entry.engine_version === undefined || entry.engine_version.replace(/^v/, '') === table.version.replace(/^v/, '');
  const allowed = new Set(table.allowed);
  for (const [key, value] of Object.entries(entry.engine_args ?? {})) {
    // Keys and values outside the character set are reported by that rule already.
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(key)) continue;
    if (typeof value === 'string' && (/[\s\u0000-\u001f\u007f]/.test(value) || value.length > 1024)) continue;
    if (typeof value === 'string' && value.startsWith('-')) {
      fail('engine_args', `the value of ${key} starts with "-", which ${table.command} would read as another flag`, [key]);
      continue;
    }
    if (key === 'hf-file' && engine !== 'llama.cpp') {
      fail('engine_args', `hf-file picks a GGUF file for llama.cpp; ${engine} serves the whole repository`, [key]);
      continue;
    }
    const optIn = table.optIn[key];
    if (optIn && (entry as Record<string, unknown>)[optIn] === true) {
      warn('engine_args', `${key}: ${table.refused[key]}; allowed because the entry sets ${optIn}: true. Review the model repository's code at the pinned revision`, [key]);
      continue;
    }
    if (key in table.refused) {
      fail('engine_args', `${key} is not allowed: ${table.refused[key]}${optIn ? ` (set ${optIn}: true on the entry to allow it anyway)` : ''}`, [key]);
      continue;
    }
    if (allowed.has(key)) continue;
    const hint = closestFlag(key, [...table.allowed, ...Object.keys(table.refused)]);
    const message = `${key} is not a serving flag of ${engine} ${table.version} that emd-action allows${hint ? ` (did you mean ${hint}?)` : ''}; allowed flags are listed in src/core/data/engine-flags.json`;
    // For another engine_version the table may be out of date: say so, but do not block.
    if (pinned) fail('engine_args', message, [key]);
    else warn('engine_args', `${message} (not checked strictly: engine_version ${entry.engine_version} is not the pinned ${table.version})`, [key]);
  }
}

/** The allowed or refused flag closest to `key` within 3 edits, for a did-you-mean. */
export function closestFlag(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(4, Math.max(2, Math.floor(key.length / 3) + 1));
  for (const c of candidates) {
    const d = boundedEditDistance(key, c, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length], limit);
}

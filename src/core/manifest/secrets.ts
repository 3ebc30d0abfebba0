// Recognises credentials pasted into the manifest. The manifest lives in git and in PR comments,
// so a key written there is already leaked; the fix is always Secrets Manager.
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/, 'an API key'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'a GitHub token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key']
];

export function findSecretLikeValue(value: string): string | undefined {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(value)) return kind;
  if (containsJwt(value)) return 'a JSON web token';
  return undefined;
}

/**
 * Whether `value` holds what /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/
 * matches, in one pass. The regex itself is quadratic: from every "eyJ" it scans the rest of the
 * run of segment characters looking for a dot ("eyJ-" × 120,000 took minutes). Here each
 * dot-separated segment is looked at a bounded number of times (as the first, second or third part).
 * `steps`, when given, counts the characters examined (for the test of that bound).
 */
export function containsJwt(value: string, steps?: { count: number }): boolean {
  // Every match starts with "eyJ"; most values (names, regions, model ids) have none.
  if (!value.includes('eyJ')) return false;
  const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
  // Runs of segment characters and dots; anything else ends a token (and is a non-word character).
  for (const token of value.match(/[A-Za-z0-9_.-]+/g) ?? []) {
    const parts = token.split('.');
    let offset = 0;
    const starts: number[] = [];
    for (const p of parts) {
      starts.push(offset);
      offset += p.length + 1;
    }
    for (let i = 0; i + 2 < parts.length; i++) {
      const [first, second, third] = [parts[i], parts[i + 1], parts[i + 2]];
      if (steps) steps.count += first.length + second.length + third.length;
      // First part: "eyJ" at a word boundary, followed by at least 10 segment characters.
      let opened = false;
      for (let at = first.indexOf('eyJ'); at !== -1 && first.length - (at + 3) >= 10; at = first.indexOf('eyJ', at + 1)) {
        const before = at === 0 ? token[starts[i] - 1] : first[at - 1];
        if (!isWord(before)) {
          opened = true;
          break;
        }
      }
      if (!opened || second.length < 10 || third.length < 10) continue;
      // Third part: a word boundary after at least 10 of its characters.
      const next = token[starts[i + 2] + third.length];
      for (let q = 10; q <= third.length; q++) {
        if (isWord(third[q - 1]) !== isWord(q === third.length ? next : third[q])) return true;
      }
    }
  }
  return false;
}

/**
 * A plain string where a secret's name was expected: long, unbroken by separators, and mixing
 * upper case, lower case and digits the way generated keys do (names like `prod/llm-key` do not).
 */
export function looksLikeKeyMaterial(value: string): boolean {
  return value.length >= 24 && /^[A-Za-z0-9_+=.]+$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}

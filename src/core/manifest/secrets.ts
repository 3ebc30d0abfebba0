// Recognises credentials pasted into the manifest. The manifest lives in git and in PR comments,
// so a key written there is already leaked; the fix is always Secrets Manager.
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/, 'an API key'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'a GitHub token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/, 'a JSON web token']
];

export function findSecretLikeValue(value: string): string | undefined {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(value)) return kind;
  return undefined;
}

/**
 * A plain string where a secret's name was expected: long, unbroken by separators, and mixing
 * upper case, lower case and digits the way generated keys do (names like `prod/llm-key` do not).
 */
export function looksLikeKeyMaterial(value: string): boolean {
  return value.length >= 24 && /^[A-Za-z0-9_+=.]+$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}

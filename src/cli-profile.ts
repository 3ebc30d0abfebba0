// AWS_PROFILE names a profile that is in neither AWS file: the CLI says so, instead of the SDK's
// generic "could not load credentials" (which in a workflow would mean a fork or a missing role).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export function awsProfileProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const profile = env.AWS_PROFILE;
  if (!profile) return undefined;
  const config = env.AWS_CONFIG_FILE ?? path.join(homedir(), '.aws', 'config');
  const credentials = env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(homedir(), '.aws', 'credentials');
  const sections = (file: string) => {
    try {
      return [...readFileSync(file, 'utf8').matchAll(/^\s*\[\s*([^\]]+?)\s*\]/gm)].map((m) => m[1]);
    } catch {
      return [];
    }
  };
  const names = new Set([...sections(config).map((s) => s.replace(/^profile\s+/, '')), ...sections(credentials)]);
  if (names.has(profile)) return undefined;
  const known = [...names].filter((n) => !n.startsWith('sso-session') && !n.startsWith('services'));
  return `AWS profile "${profile}" (AWS_PROFILE) is not in ${config} or ${credentials}${known.length ? `; profiles there: ${known.slice(0, 6).join(', ')}` : ''}`;
}

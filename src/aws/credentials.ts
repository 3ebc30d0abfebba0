// Whether this process has any way to get AWS credentials, checked without a network call, so a
// plan on a laptop with no AWS account does not wait on the instance-metadata probe.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export function hasCredentialSource(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return true;
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) return true;
  if (env.AWS_PROFILE) return true;
  const home = homedir();
  const files = [env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(home, '.aws', 'credentials'), env.AWS_CONFIG_FILE ?? path.join(home, '.aws', 'config')];
  return files.some((f) => existsSync(f));
}

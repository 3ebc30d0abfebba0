// Which secrets a manifest may hand to a deployment. The model's roles get GetSecretValue on the
// api_key secret, so a manifest naming any secret of the account could make the endpoint (and the
// code in its container) read it. As for hf_token_secret, only secrets meant for emd qualify: named
// `<prefix>/...`, or tagged `emd:api-key=true`. The tag cannot be seen without AWS, so the plan
// warns; the build refuses (buildspecs/scripts/write-artifact.sh) and the model templates deny
// GetSecretValue on anything else (statement ApiKeyNamedOrTaggedForEmd).
import type { ApiKeySpec } from '../types.js';

export const API_KEY_SECRET_TAG = 'emd:api-key';

/** True when `ref` (a name or an ARN) names a secret under `<prefix>/`. */
export function isPrefixSecret(ref: string, prefix: string): boolean {
  return ref.startsWith(`${prefix}/`) || ref.includes(`:secret:${prefix}/`);
}

export function checkApiKeySecretNaming(apiKey: ApiKeySpec | undefined, prefix: string, warn: (message: string) => void): void {
  if (!apiKey || typeof apiKey !== 'object') return;
  if (isPrefixSecret(apiKey.secret, prefix)) return;
  warn(`the deployment may read this secret only if it is tagged ${API_KEY_SECRET_TAG}=true (the build refuses it otherwise); or name it ${prefix}/…`);
}

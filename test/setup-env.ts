// Only loopback traffic, ever: the SDK must never probe the instance-metadata address, and no
// test may pick up real credentials, a profile or a real endpoint from the developer's shell.
// Tests that talk to a loopback fake set dummy credentials themselves.
process.env.AWS_EC2_METADATA_DISABLED = 'true';
for (const name of Object.keys(process.env)) {
  if (/^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE|CONFIG_FILE|SHARED_CREDENTIALS_FILE|ENDPOINT_URL.*)$/.test(name)) {
    delete process.env[name];
  }
}
process.env.AWS_CONFIG_FILE = '/nonexistent/emd-action-test-config';
process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/emd-action-test-credentials';

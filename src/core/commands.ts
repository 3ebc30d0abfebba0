// Commands people write in pull request comments (`/emd preview qwen-chat`), read from the comment
// text. Pure: whether the author may use them is decided elsewhere, from the API, never from here.
// Only the first line that starts with `/emd` counts, so a command quoted further down a reply
// (`> /emd preview x`) or inside a longer discussion does not run twice.
import { NAME_PATTERN } from './manifest/schema.js';

export type Command =
  | { kind: 'preview'; names: string[]; allChanged: boolean }
  | { kind: 'preview-stop' }
  | { kind: 'plan' }
  | { kind: 'help'; problem?: string };

export const COMMAND_PREFIX = '/emd';

/** Undefined: the comment is no command (most comments), and the action says nothing. */
export function parseCommand(body: string): Command | undefined {
  const line = body
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l === COMMAND_PREFIX || l.startsWith(`${COMMAND_PREFIX} `) || l.startsWith(`${COMMAND_PREFIX}\t`));
  if (line === undefined) return undefined;
  const words = line.split(/\s+/).slice(1);
  const verb = (words.shift() ?? '').toLowerCase();
  switch (verb) {
    case '':
    case 'help':
      return { kind: 'help' };
    case 'plan':
      return words.length ? { kind: 'help', problem: '`/emd plan` takes no arguments' } : { kind: 'plan' };
    case 'preview':
      return parsePreview(words);
    default:
      return { kind: 'help', problem: `\`${clip(verb)}\` is not a command` };
  }
}

function parsePreview(words: string[]): Command {
  if (words.length === 0) return { kind: 'help', problem: '`/emd preview` needs the deployments to preview, or `all-changed`' };
  if (words.length === 1 && words[0].toLowerCase() === 'stop') return { kind: 'preview-stop' };
  const names: string[] = [];
  let allChanged = false;
  for (const raw of words) {
    const word = raw.replace(/,$/, '');
    if (word === '') continue;
    if (word.toLowerCase() === 'all-changed') allChanged = true;
    else if (word.toLowerCase() === 'stop') return { kind: 'help', problem: '`/emd preview stop` takes no deployment names: it stops every preview of this pull request' };
    else if (!NAME_PATTERN.test(word)) return { kind: 'help', problem: `\`${clip(word)}\` is not a deployment name (lowercase letters, digits and -)` };
    else if (!names.includes(word)) names.push(word);
  }
  if (allChanged && names.length) return { kind: 'help', problem: 'name deployments or write `all-changed`, not both' };
  return { kind: 'preview', names, allChanged };
}

/** A bit of untrusted text safe to quote inside backticks in a comment. */
function clip(text: string): string {
  const flat = text.replace(/[`\s]/g, '').slice(0, 40);
  return flat || '?';
}

export function helpText(): string {
  return [
    '| Command | What it does |',
    '|---|---|',
    '| `/emd preview <deployment> [<deployment>…]` | Deploys this pull request\'s version of each named entry as a short-lived preview stack, then reports its endpoint, a smoke test and a short benchmark. |',
    '| `/emd preview all-changed` | The same for every entry this pull request adds or changes. |',
    '| `/emd preview stop` | Removes every preview of this pull request (closing or merging it does too, and so does the preview\'s ttl). |',
    '| `/emd plan` | Runs the plan again and updates the plan comment. |',
    '| `/emd help` | This list. |',
    '',
    'Only people with write access to the repository may run them. A preview bills its instance for as long as it runs; the acknowledgement shows the price before anything starts.'
  ].join('\n');
}

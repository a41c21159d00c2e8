/** The password `create-admin` reads when STEWARD_ADMIN_PASSWORD is not set: never from argv. */
import type { Readable, Writable } from 'node:stream';

interface Terminal extends Readable {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
}

/** Piped: everything up to the first line end. Typed: asked on `out`, not echoed. */
export async function readPassword(input: Terminal, out: Writable): Promise<string> {
  if (input.isTTY === true && input.setRawMode !== undefined) return readTyped(input, out);
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (/\r?\n/.test(text)) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

function readTyped(input: Terminal, out: Writable): Promise<string> {
  out.write('Password for the new admin (not shown): ');
  input.setRawMode?.(true);
  input.setEncoding('utf8');
  input.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (err: Error | null) => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      out.write('\n');
      if (err === null) resolve(typed);
      else reject(err);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(null);
        if (ch === '\u0003') return finish(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

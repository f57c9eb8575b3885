// The options of the editors' commands, read with Node's parseArgs. Its own errors are in English, so a mistyped
// option stops the command here with a Swedish line and the command's usage instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    console.error(
      `Kommandot förstår inte "${(config.args ?? process.argv.slice(2)).join(' ')}". Skriv så här: ${usage}`,
    );
    process.exit(2);
  }
}

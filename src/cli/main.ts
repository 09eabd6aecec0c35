import { describeBug } from "./describe-bug";
import { EXIT, processIo, type CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { parseCommandArgs, type CliArgs, type CommandName } from "./options";
import { terminalSafe } from "./terminal-safe";

export type { CliArgs } from "./options";

type Command = (args: CliArgs, io: CliIo) => Promise<number>;

// Each command is loaded when it is run, so `nianbao --help` or a usage error never loads exceljs, docx or parse5.
const commands: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import("./check")).runCheck,
  narrate: async () => (await import("./narrate")).runNarrate,
  convert: async () => (await import("./convert")).runConvert,
  export: async () => (await import("./export")).runExport,
  template: async () => (await import("./template")).runTemplate,
  review: async () => (await import("./review")).runReview,
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

/** Runs `nianbao <command> …` and returns the exit code; a bug is reported in Chinese, never as a bare stack. */
export async function runCli(argv: readonly string[], rawIo: CliIo = processIo): Promise<number> {
  const io = safeIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(cliMessages.usage);
    return name ? EXIT.ok : EXIT.unreadableOrUsage;
  }
  if (!isCommand(name)) {
    io.err(`${cliMessages.unknownCommand(name)}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  const parsed = parseCommandArgs(name, rest);
  if (!parsed.ok) {
    io.err(`${cliMessages.badOption(parsed.error)}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  if (parsed.help) {
    io.out(cliMessages.usage);
    return EXIT.ok;
  }
  try {
    const command = await commands[name]();
    return await command(parsed.args, io);
  } catch (error) {
    io.err(cliMessages.internalError(describeBug(error)));
    return EXIT.unreadableOrUsage;
  }
}

/** Everything printed goes through terminalSafe: names, quotes and sheet names come from files. */
function safeIo(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(terminalSafe(text)),
    err: (text) => io.err(terminalSafe(text)),
    ...(io.progress ? { progress: (line: string) => io.progress?.(terminalSafe(line)) } : {}),
  };
}

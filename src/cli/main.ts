import { parseArgs } from "node:util";
import { runCheck } from "./check";
import { runConvert } from "./convert";
import { runExport } from "./export";
import { EXIT, processIo, type CliIo } from "./io";
import { cliMessages } from "./messages.zh-CN";
import { runNarrate } from "./narrate";
import { runTemplate } from "./template";

export type CliArgs = {
  files: string[];
  previous?: string;
  json: boolean;
  /** export: write a Word document. */
  docx?: boolean;
  /** -o/--output: the file to write. */
  output?: string;
  /** template: the report year and the body's name. */
  year?: string;
  body?: string;
  /** template, export: replace an existing output file. */
  force: boolean;
};

const commands: Record<string, (args: CliArgs, io: CliIo) => Promise<number>> = {
  check: runCheck,
  narrate: runNarrate,
  convert: runConvert,
  export: runExport,
  template: runTemplate,
};

/** Runs `nianbao <command> …` and returns the exit code; a bug is reported in Chinese, never as a bare stack. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(cliMessages.usage);
    return name ? EXIT.ok : EXIT.unreadableOrUsage;
  }
  const command = commands[name];
  if (!command) {
    io.err(`${cliMessages.unknownCommand(name)}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  let args: CliArgs;
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        previous: { type: "string" },
        json: { type: "boolean", default: false },
        docx: { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        year: { type: "string" },
        body: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
    args = {
      files: positionals,
      previous: values.previous,
      json: values.json,
      force: values.force,
      docx: values.docx,
      output: values.output,
      year: values.year,
      body: values.body,
    };
  } catch (error) {
    io.err(`${cliMessages.badOption(describeArgsError(error))}\n\n${cliMessages.usage}`);
    return EXIT.unreadableOrUsage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // A bug: one line a person can pass on; the stack only when asked for.
    const detail =
      error instanceof Error
        ? process.env.NIANBAO_DEBUG
          ? (error.stack ?? error.message)
          : `${error.name}: ${error.message}`
        : String(error);
    io.err(cliMessages.internalError(detail));
    return EXIT.unreadableOrUsage;
  }
}

/** node:util parseArgs explains in English; the person is told in Chinese which option is wrong. */
function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return cliMessages.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return cliMessages.optionValue(option);
  return cliMessages.unexpectedArgument;
}

import { parseArgs } from "node:util";
// Straight from the formats (not the domain index) so that starting the command does not load zod.
import type { FormatId } from "../domain/model";
import { REPORT_YEARS } from "../domain/tables/formats";
import { cliMessages } from "./messages.zh-CN";

export type CommandName = "check" | "narrate" | "convert" | "export" | "template" | "review";

export type CliArgs = {
  files: string[];
  previous?: string;
  json: boolean;
  /** export: write a Word document. */
  docx: boolean;
  /** -o/--output: the file to write. */
  output?: string;
  /** The report year: for template the year to make, elsewhere what to read a report as when it does not say. */
  year?: number;
  /** The format to read a report in, when its tables do not say. */
  format?: FormatId;
  /** template: the body's name. */
  body?: string;
  /** template, export: replace an existing output file. */
  force: boolean;
  /** review: a CSV of 上级,下级 body names. */
  hierarchy?: string;
  /** check, narrate, template: use a --previous report of another body (a body renamed since), as the person said. */
  otherBody: boolean;
};

type OptionName =
  "previous" | "json" | "docx" | "output" | "year" | "format" | "body" | "force" | "help" | "hierarchy" | "other-body";

const OPTIONS = {
  previous: { type: "string" },
  json: { type: "boolean" },
  docx: { type: "boolean" },
  output: { type: "string", short: "o" },
  year: { type: "string" },
  format: { type: "string" },
  body: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  hierarchy: { type: "string" },
  "other-body": { type: "boolean" },
} as const;

/** The options that mean something to each command; any other is a usage error, never silently ignored. */
const ALLOWED: Record<CommandName, readonly OptionName[]> = {
  check: ["previous", "other-body", "json", "year", "format", "help"],
  narrate: ["previous", "other-body", "year", "format", "help"],
  convert: ["json", "year", "format", "help"],
  export: ["docx", "output", "force", "year", "format", "help"],
  template: ["year", "body", "previous", "other-body", "output", "force", "help"],
  review: ["output", "hierarchy", "force", "year", "format", "help"],
};

export type ParsedArgs = { ok: true; args: CliArgs; help: boolean } | { ok: false; error: string };

/** A command's arguments checked against what it accepts; the reason in Chinese when they are wrong. */
export function parseCommandArgs(command: CommandName, argv: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(ALLOWED[command].map((name) => [name, OPTIONS[name]]));
  // Typed with every option; only the command's own are accepted.
  type Config = { args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true };
  let parsed: ReturnType<typeof parseArgs<Config>>;
  try {
    const config: Config = {
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: options as typeof OPTIONS,
    };
    parsed = parseArgs(config);
  } catch (error) {
    return { ok: false, error: describeArgsError(command, error) };
  }
  const { values, positionals } = parsed;
  if (values.previous !== undefined && values.previous.trim() === "")
    return { ok: false, error: cliMessages.emptyValue("--previous") };
  if (values.output !== undefined && values.output.trim() === "")
    return { ok: false, error: cliMessages.emptyValue("-o") };
  const year = values.year === undefined ? undefined : parseYear(values.year);
  if (year === null) return { ok: false, error: cliMessages.badYear(values.year ?? "") };
  const format = values.format === undefined ? undefined : parseFormat(values.format);
  if (format === null) return { ok: false, error: cliMessages.badFormat(values.format ?? "") };
  return {
    ok: true,
    help: values.help ?? false,
    args: {
      files: positionals,
      previous: values.previous,
      json: values.json ?? false,
      docx: values.docx ?? false,
      output: values.output,
      year,
      format,
      body: values.body,
      force: values.force ?? false,
      hierarchy: values.hierarchy,
      otherBody: values["other-body"] ?? false,
    },
  };
}

/** A whole decimal year from the first official format's on: “2025”, never “0x7E9”, “2025abc” or “2025.0”. */
function parseYear(text: string): number | null {
  if (!/^[0-9]{4}$/.test(text.trim())) return null;
  const year = Number(text.trim());
  return year >= REPORT_YEARS.first && year <= REPORT_YEARS.last ? year : null;
}

function parseFormat(text: string): FormatId | null {
  const id = text.trim();
  return id === "2019" || id === "2021" ? id : null;
}

/** node:util parseArgs explains in English; the person is told in Chinese which option is wrong. */
function describeArgsError(command: CommandName, error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = option.replace(/^-+/, "");
    const known = Object.entries(OPTIONS).some(([long, o]) => long === name || ("short" in o && o.short === name));
    return known ? cliMessages.optionNotForCommand(option, command) : cliMessages.unknownOption(option);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return cliMessages.optionValue(option);
  return cliMessages.unexpectedArgument;
}

/** The "Examples:" block every command's `--help` ends with (test/cli/help.test.ts checks each has one). */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}`;
}

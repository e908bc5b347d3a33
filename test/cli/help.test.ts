import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Command } from 'commander';
import { createProgram } from '../../src/cli/program.js';

/** The whole `--help` text of a command, as the user sees it (including the text added after it). */
function helpOf(command: Command): string {
  let out = '';
  command.configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (out += text) });
  command.outputHelp();
  return out;
}

describe('dossier --help', () => {
  const program = createProgram();

  it('lists every command, and ends with examples', () => {
    const help = helpOf(program);
    for (const command of program.commands) assert.match(help, new RegExp(`\\n  ${command.name()}\\b`));
    assert.match(help, /\nExamples:\n {2}dossier /);
  });

  for (const command of createProgram().commands) {
    it(`${command.name()} --help ends with examples of that command`, () => {
      const help = helpOf(command);
      const block = help.slice(help.indexOf('\nExamples:\n'));
      assert.ok(help.includes('\nExamples:\n'), `no examples in:\n${help}`);
      const lines = block.split('\n').filter((line) => line.startsWith('  '));
      assert.ok(lines.length >= 2, `fewer than two examples for ${command.name()}`);
      for (const line of lines)
        assert.match(line, new RegExp(`^ {2}(\\S+=\\S+ )?dossier ${command.name()}\\b`));
    });
  }
});

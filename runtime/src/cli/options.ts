import { InvalidArgumentError, Option } from 'commander';

/** `--format text|json`, shared by the commands that print results. */
export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
}

/** Parses a whole number of at least zero, for options such as `--max-warnings`. */
export function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more.');
  return Number(value);
}

export type OutputFormat = 'text' | 'json';

// The docs name what the code has: every environment variable, every lib/ folder, every layering rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';
import { envSchema } from './env';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The text of a `## heading` section of a markdown file, up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('README.md', () => {
  const readme = read('README.md');

  it('lists every variable lib/env.ts reads in its configuration table', () => {
    const table = section(readme, 'Configuration');
    const missing = Object.keys(envSchema.shape).filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('lists every folder of lib/ in its folder table', () => {
    const table = section(readme, 'Architecture');
    const folders = readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const missing = folders.map((d) => `lib/${d.name}`).filter((folder) => !table.includes(`| \`${folder}\``));
    expect(missing).toEqual([]);
  });

  it('sends a newcomer to ARCHITECTURE.md', () => {
    expect(section(readme, 'Architecture')).toContain('(ARCHITECTURE.md)');
  });
});

describe('ARCHITECTURE.md', () => {
  it('names every layering rule that `npm run lint` checks', async () => {
    const architecture = read('ARCHITECTURE.md');
    const options = await extractDepcruiseOptions(path.join(root, '.dependency-cruiser.cjs'));
    const names = (options.ruleSet?.forbidden ?? []).map((rule) => rule.name ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !architecture.includes(`| \`${name}\``))).toEqual([]);
  });
});

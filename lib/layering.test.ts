// The layering rules in .dependency-cruiser.cjs, shown firing: each case is a tiny tree with one
// deliberate violation, cruised with the very config `npm run lint` uses; a tree that only takes the
// sanctioned paths passes. `npm run lint` itself cruises the real tree.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const configFile = path.join(root, '.dependency-cruiser.cjs');

/** A fixture tree: file path → the specifiers it imports ("type:" in front makes an `import type`). */
type Tree = Record<string, string[]>;

// Stand-ins for the packages the rules name, so a fixture resolves them inside its own folder.
const packages = ['drizzle-orm', 'react', 'next', 'zod'];

let options: ICruiseOptions;
let scratch: string;
let cases = 0;

beforeAll(async () => {
  options = await extractDepcruiseOptions(configFile);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'statline-layering-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function write(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

async function violationsOf(tree: Tree): Promise<IViolation[]> {
  cases += 1;
  const dir = path.join(scratch, String(cases));
  write(
    dir,
    'tsconfig.json',
    JSON.stringify({ compilerOptions: { moduleResolution: 'bundler', baseUrl: '.', paths: { '@/*': ['./*'] } } }),
  );
  for (const name of packages) {
    write(dir, `node_modules/${name}/package.json`, JSON.stringify({ name, main: 'index.js' }));
    write(dir, `node_modules/${name}/index.js`, 'module.exports = {};\n');
  }
  for (const [file, specifiers] of Object.entries(tree)) {
    const lines = specifiers.map((s, i) =>
      s.startsWith('type:') ? `import type { T${i} } from '${s.slice(5)}';` : `import * as m${i} from '${s}';`,
    );
    write(dir, file, `${lines.join('\n')}\nexport const used = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`);
  }
  const tsConfig = path.join(dir, 'tsconfig.json');
  const result = await cruise(
    Object.keys(tree).filter((file) => !file.startsWith('node_modules/')),
    { ...options, baseDir: dir, tsConfig: { fileName: tsConfig } },
    {},
    { tsConfig: extractTSConfig(tsConfig) },
  );
  if (typeof result.output === 'string') throw new Error('expected a cruise result, got a report');
  return result.output.summary.violations;
}

/** Each violation as "rule: from → to", the way depcruise prints it. */
async function fired(tree: Tree): Promise<string[]> {
  return (await violationsOf(tree)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

// A tree that uses every sanctioned path: entry points → UI → contracts → domain → platform → db → tables.
const lawful: Tree = {
  'app/golf/page.tsx': ['@/components/golf/card', '@/lib/golf/rounds/read', '@/lib/db', 'type:@/drizzle/schema', 'next'],
  'app/api/v1/golf/route.ts': ['@/lib/api/contracts/golf', '@/lib/golf/rounds/read', '@/lib/api/handler'],
  'scripts/seed.ts': ['@/lib/demo'],
  'lib/boot.ts': ['@/lib/demo', '@/lib/db'],
  'lib/demo/index.ts': ['@/lib/golf/rounds/read', '@/lib/db'],
  'components/golf/card.tsx': ['@/lib/golf/strokes', '@/lib/golf/client/card', 'react'],
  'lib/api/contracts/golf.ts': ['@/lib/golf/rounds/views', 'zod'],
  'lib/api/openapi.ts': ['@/lib/api/contracts/golf'],
  'lib/api/handler.ts': ['@/lib/auth/permissions', '@/lib/log', 'next'],
  'lib/golf/rounds/read.ts': ['drizzle-orm', '@/drizzle/schema', '@/lib/cache', '@/lib/events/store', '../strokes'],
  'lib/golf/rounds/views.ts': ['zod'],
  'lib/golf/client/card.ts': ['../strokes', 'react'],
  'lib/golf/strokes.ts': ['./handicap/differential', '@/lib/events/schemas'],
  'lib/golf/strokes.test.ts': ['./strokes', '@/test/support/golf'],
  'lib/golf/handicap/differential.ts': ['./rounding'],
  'lib/golf/handicap/rounding.ts': [],
  'lib/basketball/live/reducer.ts': ['./rules'],
  'lib/basketball/live/rules.ts': ['zod'],
  'lib/predictions/games/features-as-of.ts': ['@/lib/basketball/versioned-cache'],
  'lib/basketball/versioned-cache.ts': [],
  'lib/events/store.ts': ['@/lib/db', '@/lib/cache', 'drizzle-orm', '@/drizzle/schema'],
  'lib/events/schemas.ts': ['zod'],
  'lib/cache/index.ts': ['@/lib/env', '@/lib/log'],
  'lib/auth/permissions.ts': [],
  'lib/db/index.ts': ['@/lib/env', '@/lib/log', '@/drizzle/schema', 'drizzle-orm'],
  'lib/db/bulk.ts': ['@/lib/csv', './index'],
  'lib/csv.ts': [],
  'lib/env.ts': ['zod'],
  'lib/log.ts': ['@/lib/env'],
  'drizzle/schema/index.ts': ['drizzle-orm'],
  'test/support/golf.ts': ['@/lib/golf/rounds/read'],
};

// One deliberate violation per case: [rule, tree, the edges it reports as from → to].
const failing: [string, Tree, string[]][] = [
  ['no-circular', { 'lib/golf/a.ts': ['./b'], 'lib/golf/b.ts': ['./a'] }, ['lib/golf/a.ts → lib/golf/b.ts']],
  ['not-to-app', { 'lib/golf/a.ts': ['@/app/golf/page'], 'app/golf/page.tsx': [] }, ['lib/golf/a.ts → app/golf/page.tsx']],
  ['not-to-app', { 'components/a.tsx': ['@/app/golf/page'], 'app/golf/page.tsx': [] }, ['components/a.tsx → app/golf/page.tsx']],
  [
    'lib-not-to-components',
    { 'lib/golf/a.ts': ['@/components/b'], 'components/b.tsx': [] },
    ['lib/golf/a.ts → components/b.tsx'],
  ],
  ['not-to-demo', { 'app/page.tsx': ['@/lib/demo'], 'lib/demo/index.ts': [] }, ['app/page.tsx → lib/demo/index.ts']],
  [
    'not-to-contracts',
    { 'lib/golf/a.ts': ['@/lib/api/contracts/golf'], 'lib/api/contracts/golf.ts': [] },
    ['lib/golf/a.ts → lib/api/contracts/golf.ts'],
  ],
  [
    'no-cross-domain',
    { 'lib/golf/a.ts': ['@/lib/basketball/stats'], 'lib/basketball/stats.ts': [] },
    ['lib/golf/a.ts → lib/basketball/stats.ts'],
  ],
  [
    'predictions-of-basketball',
    { 'lib/predictions/games/a.ts': ['@/lib/golf/tags'], 'lib/golf/tags.ts': [] },
    ['lib/predictions/games/a.ts → lib/golf/tags.ts'],
  ],
  [
    'platform-not-to-domain',
    { 'lib/events/store.ts': ['@/lib/golf/tags'], 'lib/golf/tags.ts': [] },
    ['lib/events/store.ts → lib/golf/tags.ts'],
  ],
  [
    'platform-not-to-domain',
    { 'lib/dates.ts': ['@/lib/golf/tags'], 'lib/golf/tags.ts': [] },
    ['lib/dates.ts → lib/golf/tags.ts'],
  ],
  ['db-is-the-floor', { 'lib/db/index.ts': ['@/lib/golf/tags'], 'lib/golf/tags.ts': [] }, ['lib/db/index.ts → lib/golf/tags.ts']],
  [
    'db-is-the-floor',
    { 'lib/db/index.ts': ['@/lib/auth/users'], 'lib/auth/users.ts': [] },
    ['lib/db/index.ts → lib/auth/users.ts'],
  ],
  [
    'schema-imports-no-code',
    { 'drizzle/schema/golf.ts': ['@/lib/golf/tags'], 'lib/golf/tags.ts': [] },
    ['drizzle/schema/golf.ts → lib/golf/tags.ts'],
  ],
  [
    'pure-rules-stay-pure',
    { 'lib/golf/handicap/index.ts': ['../rounds/load'], 'lib/golf/rounds/load.ts': ['drizzle-orm'] },
    ['lib/golf/handicap/index.ts → node_modules/drizzle-orm/index.js'],
  ],
  [
    'pure-rules-stay-pure',
    { 'lib/basketball/live/reducer.ts': ['@/lib/cache'], 'lib/cache/index.ts': [] },
    ['lib/basketball/live/reducer.ts → lib/cache/index.ts'],
  ],
  [
    'pure-rules-stay-pure',
    { 'lib/golf/scoring/rules.ts': ['type:@/drizzle/schema'], 'drizzle/schema/index.ts': [] },
    ['lib/golf/scoring/rules.ts → drizzle/schema/index.ts'],
  ],
  [
    'pure-rules-stay-pure',
    { 'lib/basketball/stats.ts': ['react', 'next'] },
    ['lib/basketball/stats.ts → node_modules/next/index.js', 'lib/basketball/stats.ts → node_modules/react/index.js'],
  ],
  ['app-no-orm', { 'app/api/route.ts': ['drizzle-orm'] }, ['app/api/route.ts → node_modules/drizzle-orm/index.js']],
  ['app-no-orm', { 'components/a.tsx': ['type:drizzle-orm'] }, ['components/a.tsx → node_modules/drizzle-orm/index.js']],
  [
    'app-no-tables',
    { 'app/page.tsx': ['@/drizzle/schema'], 'drizzle/schema/index.ts': [] },
    ['app/page.tsx → drizzle/schema/index.ts'],
  ],
  ['app-no-cache', { 'app/api/route.ts': ['@/lib/cache'], 'lib/cache/index.ts': [] }, ['app/api/route.ts → lib/cache/index.ts']],
  [
    'test-code-stays-in-tests',
    { 'lib/golf/a.ts': ['@/test/support/golf'], 'test/support/golf.ts': [] },
    ['lib/golf/a.ts → test/support/golf.ts'],
  ],
  ['not-to-test-file', { 'lib/golf/a.ts': ['./a.test'], 'lib/golf/a.test.ts': [] }, ['lib/golf/a.ts → lib/golf/a.test.ts']],
  ['not-to-unresolvable', { 'lib/golf/a.ts': ['./missing'] }, ['lib/golf/a.ts → ./missing']],
  [
    'lib-unclassified',
    { 'lib/hockey/a.ts': ['@/lib/events/schemas'], 'lib/events/schemas.ts': [] },
    ['lib/hockey/a.ts → lib/events/schemas.ts'],
  ],
];

describe('.dependency-cruiser.cjs', () => {
  it('passes a tree that only takes the sanctioned paths', async () => {
    expect(await fired(lawful)).toEqual([]);
  });

  it.each(failing)('%s fires on %j', async (rule, tree, expected) => {
    expect(await fired(tree)).toEqual(expected.map((edge) => `${rule}: ${edge}`).sort());
  });

  it('shows every rule of the config failing', () => {
    const names = (options.ruleSet?.forbidden ?? []).map((r) => r.name);
    expect(new Set(failing.map(([rule]) => rule))).toEqual(new Set(names));
  });

  it('runs in `npm run lint` over every source folder', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.lint).toContain('npm run lint:layers');
    expect(pkg.scripts['lint:layers']).toMatch(/^depcruise app components lib scripts .*--config \.dependency-cruiser\.cjs$/);
  });
});

// The layering of Statline, checked by `npm run lint` (ARCHITECTURE.md explains the layers).
// From top to bottom:
//   app/, scripts/, lib/boot.ts        entry points: pages, route handlers, CLIs, start-up
//   lib/demo/                          demo data: built from domain code, loaded only at start-up
//   components/                        UI
//   lib/api/contracts/, openapi.ts     the HTTP surface: zod contracts made from domain types
//   lib/<domain>/                      a sport: rules, schemas, queries, projections, browser code
//   platform (the rest of lib/)        events, cache, db, auth, the handler wrapper, env, logs
//   drizzle/schema/                    tables
// A layer imports only layers below it. lib/layering.test.ts shows every rule firing on a fixture.

// Adding a domain means adding its folder here; an unlisted folder fails `lib-unclassified`.
const DOMAINS = ['basketball', 'golf', 'predictions', 'football'];
const PLATFORM = [
  'api',
  'auth',
  'cache',
  'db',
  'events',
  'imports',
  'leagues',
  'media',
  'models',
  'notify',
  'offline',
  'ops',
  'storage',
];

const domain = `^lib/(${DOMAINS.join('|')})/`;
const contracts = '^lib/api/(contracts/|openapi\\.)';
const startUp = '^lib/(demo/|boot\\.ts$)';
// Loose files directly in lib/ (env, log, metrics, audit, dates, csv…) are platform too.
const platform = [`^lib/(${PLATFORM.join('|')})/`, '^lib/[^/]+\\.tsx?$'];
const notPlatform = [contracts, startUp];
const npm = (...names) => `(^|/)node_modules/(${names.join('|')})/`;

// Pure rule code: the functions that decide what a play, a score or a handicap is. No I/O, so
// they are unit-tested without a database and can run anywhere (server, browser, a rebuild).
// - by role name, anywhere in lib/: rules.ts, stats.ts, reducer.ts, check.ts;
// - whole engines: lib/basketball/live/ (the live-game reducer), lib/golf/handicap/ (the WHS);
// - golf's scoring arithmetic, named before the convention.
const pure = [
  '^lib/(.+/|)(rules|stats|reducer|check)\\.ts$',
  '^lib/basketball/live/[^/]+\\.ts$',
  '^lib/golf/handicap/[^/]+\\.ts$',
  '^lib/golf/(strokes|summary)\\.ts$',
  '^lib/golf/analytics/(aggregate|achievements)\\.ts$',
  '^lib/golf/rounds/playing-handicap\\.ts$',
];
const impure = [
  npm('drizzle-orm', 'postgres', '@electric-sql/pglite', 'redis', '@redis', '@upstash/redis'),
  npm('next', 'next-auth', 'react', 'react-dom', 'pino', 'prom-client'),
  '^lib/(db|cache)/',
  '^lib/(env|log|metrics|audit)\\.ts$',
  '^drizzle/',
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls)$',
];
const tests = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-app',
      severity: 'error',
      comment: 'Pages, route handlers and CLIs are entry points; nothing below them imports them.',
      from: { path: '^(lib|components|drizzle)/' },
      to: { path: '^(app|scripts)/' },
    },
    {
      name: 'lib-not-to-components',
      severity: 'error',
      comment: 'lib/ is below the UI: it hands data to components, never renders them.',
      from: { path: '^(lib|drizzle)/' },
      to: { path: '^components/' },
    },
    {
      name: 'not-to-demo',
      severity: 'error',
      comment: 'Demo data is loaded at start-up (lib/boot.ts, scripts); the app itself never depends on it.',
      from: { path: '^(app|components|lib)/', pathNot: startUp },
      to: { path: '^lib/demo/' },
    },
    {
      name: 'not-to-contracts',
      severity: 'error',
      comment: 'Contracts are the HTTP surface built from domain types; domains and the platform sit below them.',
      from: { path: [domain, ...platform], pathNot: notPlatform },
      to: { path: contracts },
    },
    {
      name: 'no-cross-domain',
      severity: 'error',
      comment: 'Each sport stands alone, so one can change (or go) without touching another.',
      from: { path: domain, pathNot: '^lib/predictions/' },
      to: { path: domain, pathNot: '^lib/$1/' },
    },
    {
      name: 'predictions-of-basketball',
      severity: 'error',
      comment: 'Predictions are of basketball games: they read basketball data, and no other sport.',
      from: { path: '^lib/predictions/' },
      to: { path: domain, pathNot: '^lib/(predictions|basketball)/' },
    },
    {
      name: 'platform-not-to-domain',
      severity: 'error',
      comment: 'Events, cache, auth and the handler wrapper serve every domain, so they know none.',
      from: { path: platform, pathNot: [...notPlatform, '^lib/db/'] },
      to: { path: domain },
    },
    {
      name: 'db-is-the-floor',
      severity: 'error',
      comment:
        'lib/db opens, migrates and types the database; everything stands on it, so it uses only the loose ' +
        'helpers in lib/ (env, log, csv…). Start-up work above it registers an onDatabaseOpen hook instead.',
      from: { path: '^lib/db/' },
      to: { path: '^(app/|components/|lib/[^/]+/)', pathNot: '^lib/db/' },
    },
    {
      name: 'schema-imports-no-code',
      severity: 'error',
      comment: 'Tables are the bottom layer: drizzle-kit reads them on their own.',
      from: { path: '^drizzle/' },
      to: { path: '^(app|components|lib|scripts|test|bench|e2e)/' },
    },
    {
      name: 'pure-rules-stay-pure',
      severity: 'error',
      comment:
        'Rule files decide, they do not fetch: not even indirectly may they reach the database, the cache, ' +
        'the framework, the environment or logs.',
      from: { path: pure, pathNot: tests },
      to: { path: impure, reachable: true },
    },
    {
      name: 'app-no-orm',
      severity: 'error',
      comment: 'SQL lives in lib/<domain>; pages and route handlers call a function that holds it.',
      from: { path: '^(app|components)/' },
      to: { path: npm('drizzle-orm') },
    },
    {
      name: 'app-no-tables',
      severity: 'error',
      comment: 'Tables are for queries, and queries live in lib/ (naming a row type is fine).',
      from: { path: '^(app|components)/' },
      to: { path: '^drizzle/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'app-no-cache',
      severity: 'error',
      comment: 'What to cache and when to invalidate is domain knowledge; routes call the domain function.',
      from: { path: '^(app|components)/' },
      to: { path: '^lib/cache/' },
    },
    {
      name: 'test-code-stays-in-tests',
      severity: 'error',
      comment: 'Fixtures and test support (test/) never ship: only *.test.ts files import them.',
      from: { path: '^(app|components|lib|scripts|drizzle)/', pathNot: tests },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-test-file',
      severity: 'error',
      comment: 'A test file is a leaf; shared test code goes to test/support.',
      from: {},
      to: { path: tests },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the checker cannot resolve would slip past every rule above.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'lib-unclassified',
      severity: 'error',
      comment: 'Every lib/ folder is a domain or platform: add a new folder to DOMAINS or PLATFORM above.',
      from: { path: '^lib/', pathNot: [domain, ...platform, ...notPlatform] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    // Type-only imports count: a type from the database layer still ties a rule file to it.
    tsPreCompilationDeps: true,
    // Resolves the "@/…" alias the way TypeScript and Next do.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};

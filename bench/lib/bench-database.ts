// A database of its own for one bench run, created from DATABASE_URL's server and dropped after.
import postgres from 'postgres';

export async function createBenchDatabase(base: string, suite: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `statline_bench_${suite}_${process.pid}`;
  const admin = postgres(base.replace(/\/[^/?]*(\?|$)/, '/postgres$1'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  return {
    url: base.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

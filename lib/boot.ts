// Start-up, called once from instrumentation.ts: validate the environment (exit with one line
// naming the variable), stamp requests with their peer address, open + migrate (+ seed) the
// database, install signal handlers.
import { installPeerAddressStamp } from './auth/peer-address';
import { EnvError, env } from './env';

export async function boot(): Promise<void> {
  try {
    env();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // Before the first request: per-address limits and the audit log need the TCP peer's address.
  installPeerAddressStamp();
  // Without NEXTAUTH_URL, next-auth v4 would assume http://localhost:3000 for redirects and cookie
  // security; trusting the (proxy-set) Host gives the real origin instead.
  if (!env().NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';
  const { reportStartup } = await import('./ops/startup-progress');
  reportStartup('opening the database');
  const { getDatabase } = await import('./db');
  (await import('./demo/autoload')).registerDemoAutoload();
  (await import('./auth/bootstrap')).registerAdminBootstrap();
  // Before the database opens: an import of new results retrains the default game model (champion/challenger).
  (await import('./predictions/games/retrain-after-import')).registerChampionRetrain();
  const { installSignalHandlers, onShutdown } = await import('./ops/shutdown');
  const { logger } = await import('./log');
  installSignalHandlers();
  try {
    const database = await getDatabase();
    logger().info({ db: database.kind }, 'database ready');
    // Consumers catch up in the background on every replica; an advisory lock keeps one active.
    const { startGolfAnalyticsLoop } = await import('./golf/analytics/trigger');
    onShutdown(startGolfAnalyticsLoop(async () => database.db));
    // Notifications: the generic consumer with each sport's handlers (start-up may import both).
    const { startNotifyLoop } = await import('./notify/loop');
    const { basketballNotifications } = await import('./basketball/notify');
    const { golfNotifications } = await import('./golf/notify');
    onShutdown(startNotifyLoop(async () => database.db, [basketballNotifications, golfNotifications]));
    // Email digests, only where mail can be sent (NEXTAUTH_URL, which their links name, comes with SMTP_URL).
    const { mailConfigured } = await import('./auth/mail');
    const baseUrl = env().NEXTAUTH_URL;
    if (mailConfigured() && baseUrl) {
      const { startDigestLoop } = await import('./notify/digest-loop');
      onShutdown(startDigestLoop(async () => database.db, baseUrl));
    }
  } catch (err) {
    // Keep serving: /api/ready reports the database as down and the next request retries.
    logger().error({ err }, 'database not ready at start');
  }
}

// Cookie-authenticated writes from another site are refused: SameSite cookies alone leave other
// ports and subdomains of the same site able to write. Browsers say where a request comes from in
// Sec-Fetch-Site (all current ones) and Origin (all, on POST); API-key clients send neither and are
// not at risk, since a key is never sent by a browser on its own.
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why this request must be refused as cross-site, or null when it may go on. */
export function crossSiteReason(req: Request, siteUrl?: string): string | null {
  if (safeMethods.has(req.method.toUpperCase())) return null;
  const fetchSite = req.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return `Sec-Fetch-Site is ${fetchSite}`;
  const origin = req.headers.get('origin');
  if (!origin) return null;
  const allowed = new Set([new URL(req.url).origin]);
  const host = req.headers.get('host');
  if (host) allowed.add(`${new URL(req.url).protocol}//${host}`);
  if (siteUrl) allowed.add(new URL(siteUrl).origin);
  return allowed.has(origin) ? null : `Origin ${origin} is not this site`;
}

// Where to go after signing in: only somewhere on this site. The value is resolved the way a browser
// resolves it (backslashes as slashes, tabs and newlines dropped) and kept only when the origin is
// ours, so "/\evil.example", "/\t/evil.example" and "//evil.example" all stay home.
const fallback = '/account';

export function sameOriginPath(value: string | null | undefined, origin = 'http://statline.invalid'): string {
  if (!value) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Alexa's rules for the SignatureCertChainUrl header (docs/operations.md, self-hosting):
 * https, host s3.amazonaws.com in any case, port 443 if one is given, a path under
 * /echo.api/ once dot segments are removed. Encoded dots and user info are refused outright,
 * so no trick in the URL reaches the certificate download.
 * Returns the normalised URL to fetch, or undefined when the URL is refused.
 */
export function alexaCertificateUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 512) return undefined;
  if (/%2e/i.test(raw) || raw.includes('\\')) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  // WHATWG URL lower-cases the host, drops the default port and resolves dot segments.
  if (url.protocol !== 'https:' || url.hostname !== 's3.amazonaws.com') return undefined;
  if (url.port !== '' && url.port !== '443') return undefined;
  if (url.username || url.password) return undefined;
  if (!url.pathname.startsWith('/echo.api/')) return undefined;
  return url.href;
}

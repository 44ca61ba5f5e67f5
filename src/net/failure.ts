/** Error codes that mean the TLS handshake or certificate failed rather than the connection. */
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL/;

/** The system or library error code anywhere along an error's cause chain. */
export const errorCode = (error: unknown): string | null => {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
};

/** Why a fetch failed, in the user's terms: "cannot connect (ECONNREFUSED)", "TLS error (CERT_HAS_EXPIRED)". */
export const describeFetchFailure = (error: unknown): string => {
  const code = errorCode(error);
  if (!code) return `cannot fetch (${(error as Error).message ?? 'unknown error'})`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS lookup failed (${code})`;
  if (TLS_CODE.test(code)) return `TLS error (${code})`;
  return `cannot connect (${code})`;
};

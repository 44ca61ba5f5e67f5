/**
 * An item's identity across feeds and passes: lowercase host and default port (URL does both), no fragment, no
 * utm_* tracking parameters. Null for anything but an absolute http(s) URL.
 */
export const canonicalUrl = (href: string): string | null => {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((key) => /^utm_/i.test(key));
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
};

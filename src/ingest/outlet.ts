/** Hosts whose outlet name differs from what the host name says. */
const KNOWN_HOSTS: Readonly<Record<string, string>> = {
  'apnews.com': 'AP',
  'npr.org': 'NPR',
  'reuters.com': 'Reuters',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'theguardian.com': 'The Guardian',
  'cnn.com': 'CNN',
  'aljazeera.com': 'Al Jazeera',
  'usatoday.com': 'USA Today',
  'wsj.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times',
  'businessinsider.com': 'Business Insider',
  'wikinews.org': 'Wikinews',
};

/** Wire services named by their short credit, as in "(AP)" or "— Reuters". */
const WIRE_CREDITS: Readonly<Record<string, string>> = {
  AP: 'AP',
  Reuters: 'Reuters',
  AFP: 'AFP',
  UPI: 'UPI',
  DPA: 'DPA',
  'The Associated Press': 'AP',
  'Associated Press': 'AP',
  'Agence France-Presse': 'AFP',
};

export const outletFromUrl = (url: string | null): string | null => {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (const [known, name] of Object.entries(KNOWN_HOSTS)) {
    if (host === known || host.endsWith(`.${known}`)) return name;
  }
  return host || null;
};

const creditPattern = Object.keys(WIRE_CREDITS)
  .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const SIGN_OFFS: readonly RegExp[] = [
  /Transcript provided by ([A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*)*)/,
  new RegExp(`\\((${creditPattern})\\)\\s*$`),
  new RegExp(`^[A-Z][A-Z .,'-]{1,40}\\((${creditPattern})\\)\\s*[—–-]`),
  new RegExp(`[—–-]\\s*(${creditPattern})\\s*$`),
  // A closing credit in parentheses: "(Harbour Gazette)".
  /\(([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\)\s*$/,
];

/** The outlet named by the text's own sign-off or wire dateline, else null. */
export const outletFromText = (text: string): string | null => {
  const head = text.slice(0, 200);
  const tail = text.slice(-300).trimEnd();
  for (const pattern of SIGN_OFFS) {
    const m = pattern.exec(tail) ?? pattern.exec(head);
    const name = m?.[1];
    if (name) return WIRE_CREDITS[name] ?? name.replace(/[.,]$/, '');
  }
  return null;
};

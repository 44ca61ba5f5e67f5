export const USAGE = `Usage:
  triangulate analyze [options] <input>...   read, group into stories, analyse, report
  triangulate ingest  [--db DB] [--allow-private] <input>...   store articles; re-analyse the stories they touch
  triangulate stories [--db DB] [--search Q] [--since ISO] [--format table|json]
  triangulate report  <story-id> [--db DB] [--format markdown|json|html] [--out FILE]
  triangulate changes <story-id> [--db DB] --since ISO-TIME|VERSION [--format markdown|json]
  triangulate watch   [--db DB] [--every DURATION] [--once] [--allow-private] <feed URL | OPML file | list file>...
                      poll feeds (RSS, Atom, JSON Feed), store their items' pages; until interrupted unless --once
  triangulate --help | --version

Inputs: files (.txt .md .html .htm .json .jsonl .xml .rss .atom), directories (read recursively),
        - for standard input, http(s) URLs.

Options:
  --format markdown|json|html   report format (default markdown)
  --out FILE                    write the report to FILE (default standard output)
  --allow-private               let URL inputs reach loopback and private addresses
  --db DB                       the store: a SQLite file (default triangulate.db, or $TRIANGULATE_DB)
  --every DURATION              how often watch polls each feed, e.g. 90s, 15m, 2h, 1h30m (default 15m)
  --once                        watch makes one pass over the feeds and exits
  -h, --help                    show this help
  -v, --version                 show the version
`;

/** A mistake in the command line: exit status 2 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

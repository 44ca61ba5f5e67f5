export const USAGE = `Usage:
  triangulate analyze [options] <input>...   read, group into stories, analyse, report
  triangulate --help | --version

Inputs: files (.txt .md .html .htm .json .jsonl .xml .rss .atom), directories (read recursively),
        - for standard input, http(s) URLs.

Options:
  --format markdown|json|html   report format (default markdown)
  --out FILE                    write the report to FILE (default standard output)
  --allow-private               let URL inputs reach loopback and private addresses
  -h, --help                    show this help
  -v, --version                 show the version
`;

/** A mistake in the command line: exit status 2 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

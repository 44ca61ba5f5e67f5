import type {
  Report,
  ReportCitation,
  ReportClaim,
  ReportDisagreement,
  ReportNumber,
  ReportQuote,
  ReportStory,
} from '../contract.js';

export interface StatusChange {
  readonly text: string;
  readonly from: ReportClaim['status'];
  readonly to: ReportClaim['status'];
  readonly citations: readonly ReportCitation[];
}

/** `changes --format json` of ../shared/CONTRACT.md: what one version of a story adds to an earlier one. */
export interface StoryChanges {
  readonly storyId: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly articlesAdded: readonly string[];
  readonly claims: { readonly added: readonly ReportClaim[]; readonly statusChanged: readonly StatusChange[] };
  readonly numbers: { readonly added: readonly ReportNumber[] };
  readonly quotes: { readonly added: readonly ReportQuote[] };
  readonly disagreements: {
    readonly added: readonly ReportDisagreement[];
    readonly changed: readonly ReportDisagreement[];
  };
}

/** One version of a story: its number and its stored report (null for "before the story existed"). */
export interface VersionedReport {
  readonly version: number;
  readonly report: Report | null;
}

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const claimKey = (c: ReportClaim): string => squash(c.text);
const numberKey = (n: ReportNumber): string =>
  [n.value, n.low, n.high, n.hedge, n.unit, n.rate, squash(n.what)].join('|');
const quoteKey = (q: ReportQuote): string => squash(q.text);
const disagreementKey = (d: ReportDisagreement): string => squash(d.about);
/** What a disagreement says, without where it is said: new citations alone are not a change. */
const disagreementValues = (d: ReportDisagreement): string =>
  d.values
    .map((v) => `${v.value}|${v.attributedTo ?? ''}`)
    .sort()
    .join('\n');

const added = <T>(before: readonly T[], after: readonly T[], key: (item: T) => string): T[] => {
  const old = new Set(before.map(key));
  return after.filter((item) => !old.has(key(item)));
};

const storyOf = (report: Report | null): ReportStory | undefined => report?.stories[0];

/** The changes from one stored version of a story to a later one. */
export const diffVersions = (storyId: string, from: VersionedReport, to: VersionedReport): StoryChanges => {
  const a = storyOf(from.report);
  const b = storyOf(to.report);
  const claimsBefore = new Map((a?.claims ?? []).map((c) => [claimKey(c), c]));
  const disagreementsBefore = new Map((a?.disagreements ?? []).map((d) => [disagreementKey(d), d]));
  const statusChanged = (b?.claims ?? []).flatMap((c): StatusChange[] => {
    const old = claimsBefore.get(claimKey(c));
    return old && old.status !== c.status
      ? [{ text: c.text, from: old.status, to: c.status, citations: c.citations }]
      : [];
  });
  return {
    storyId,
    fromVersion: from.version,
    toVersion: to.version,
    articlesAdded: added(a?.articleIds ?? [], b?.articleIds ?? [], (id) => id),
    claims: { added: added(a?.claims ?? [], b?.claims ?? [], claimKey), statusChanged },
    numbers: { added: added(a?.numbers ?? [], b?.numbers ?? [], numberKey) },
    quotes: { added: added(a?.quotes ?? [], b?.quotes ?? [], quoteKey) },
    disagreements: {
      added: added(a?.disagreements ?? [], b?.disagreements ?? [], disagreementKey),
      changed: (b?.disagreements ?? []).filter((d) => {
        const old = disagreementsBefore.get(disagreementKey(d));
        return old !== undefined && disagreementValues(old) !== disagreementValues(d);
      }),
    },
  };
};

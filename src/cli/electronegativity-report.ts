/**
 * Reading Electronegativity's findings for `npm run check:electron`: each finding in plain
 * terms, the reviewed allowlist (electronegativity-allowlist.json) applied, and a verdict.
 * A finding above LOW fails the check unless an allowlist entry names its check and file
 * with a reason; an entry that matches nothing fails too, so the list stays the truth.
 * Pure: the runner (check-electronegativity.ts) hands in what Electronegativity returned.
 */
import { isAbsolute, join, relative, sep } from 'node:path';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Findings at this severity or below are printed but never fail the check. */
export const THRESHOLD: Severity = 'LOW';
/** The file of a finding about the whole app rather than one file (Electronegativity says "N/A"). */
export const WHOLE_APP = '(app)';

export interface Finding {
  check: string;
  /** Relative to the project, with forward slashes; WHOLE_APP for an app-wide finding. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  confidence: string;
  description: string;
  url: string;
  manualReview: boolean;
}

export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}

/** An issue as Electronegativity's runner returns it. */
export interface RawIssue {
  id: string;
  file: string;
  location?: { line?: number; column?: number };
  severity?: { name?: string };
  confidence?: { name?: string };
  description?: string;
  shortenedURL?: string;
  manualReview?: boolean;
}

/** The runner's issues as findings; `scanned` is the folder it scanned, `projectRoot` what paths are relative to. */
export function toFindings(issues: readonly RawIssue[], scanned: string, projectRoot: string): Finding[] {
  return issues.map((issue) => {
    const severity = (SEVERITIES as readonly string[]).includes(issue.severity?.name ?? '') ? (issue.severity!.name as Severity) : 'HIGH';
    const wholeApp = !issue.file || issue.file === 'N/A';
    const absolute = wholeApp ? '' : isAbsolute(issue.file) ? issue.file : join(scanned, issue.file);
    return {
      check: issue.id,
      file: wholeApp ? WHOLE_APP : relative(projectRoot, absolute).split(sep).join('/'),
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      severity,
      confidence: issue.confidence?.name ?? 'UNKNOWN',
      description: issue.description ?? '',
      url: issue.shortenedURL ?? '',
      manualReview: issue.manualReview ?? false,
    };
  });
}

/** The allowlist file's content, checked: every entry names a check, a file and a reason. */
export function parseAllowlist(data: unknown): { entries: AllowlistEntry[]; problems: string[] } {
  const list = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { allow?: unknown }).allow : undefined;
  if (!Array.isArray(list)) return { entries: [], problems: ['the allowlist must be an object with an "allow" array'] };
  const entries: AllowlistEntry[] = [];
  const problems: string[] = [];
  list.forEach((entry: unknown, index) => {
    const { check, file, reason } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const missing = (['check', 'file', 'reason'] as const).filter((key) => typeof { check, file, reason }[key] !== 'string' || !({ check, file, reason }[key] as string).trim());
    if (missing.length > 0) problems.push(`allow[${index}]: needs ${missing.join(', ')}`);
    else if ((reason as string).trim().length < 20) problems.push(`allow[${index}] (${check as string} in ${file as string}): the reason must say why it is safe, not "${reason as string}"`);
    else entries.push({ check: check as string, file: file as string, reason: reason as string });
  });
  return { entries, problems };
}

export interface Verdict {
  /** Above the threshold and not allowed: each fails the check. */
  failing: Finding[];
  allowed: { finding: Finding; entry: AllowlistEntry }[];
  /** At or below the threshold: printed only. */
  minor: Finding[];
  /** Entries that matched no finding: stale, and failing. */
  unused: AllowlistEntry[];
  passed: boolean;
}

export function judge(findings: readonly Finding[], allowlist: readonly AllowlistEntry[], threshold: Severity = THRESHOLD): Verdict {
  const limit = SEVERITIES.indexOf(threshold);
  const used = new Set<AllowlistEntry>();
  const verdict: Verdict = { failing: [], allowed: [], minor: [], unused: [], passed: false };
  for (const finding of findings) {
    const entry = allowlist.find((candidate) => candidate.check === finding.check && candidate.file === finding.file);
    if (entry) {
      used.add(entry);
      verdict.allowed.push({ finding, entry });
    } else if (SEVERITIES.indexOf(finding.severity) <= limit) verdict.minor.push(finding);
    else verdict.failing.push(finding);
  }
  verdict.unused = allowlist.filter((entry) => !used.has(entry));
  verdict.passed = verdict.failing.length === 0 && verdict.unused.length === 0;
  return verdict;
}

/** One finding on one line, as file:line:column so terminals link to it. */
export function formatFinding(finding: Finding): string {
  const where = finding.file === WHOLE_APP ? WHOLE_APP : `${finding.file}:${finding.line}:${finding.column}`;
  const review = finding.manualReview ? ', needs review' : '';
  return `${where}  ${finding.severity} (${finding.confidence.toLowerCase()}${review})  ${finding.check}: ${finding.description}${finding.url ? ` <${finding.url}>` : ''}`;
}

/** The report's lines: every finding with what became of it, then the verdict. */
export function formatVerdict(verdict: Verdict): string[] {
  const lines: string[] = [];
  for (const finding of verdict.failing) lines.push(`FAIL     ${formatFinding(finding)}`);
  for (const { finding, entry } of verdict.allowed) lines.push(`allowed  ${formatFinding(finding)}\n         reviewed: ${entry.reason}`);
  for (const finding of verdict.minor) lines.push(`low      ${formatFinding(finding)}`);
  for (const entry of verdict.unused) lines.push(`FAIL     allowlist entry ${entry.check} in ${entry.file} matches no finding any more: remove it`);
  const counts = `${verdict.failing.length} failing, ${verdict.allowed.length} allowed after review, ${verdict.minor.length} at or below ${THRESHOLD}`;
  lines.push(verdict.passed ? `passed: ${counts}` : `failed: ${counts}${verdict.unused.length ? `, ${verdict.unused.length} stale allowlist entr${verdict.unused.length === 1 ? 'y' : 'ies'}` : ''}`);
  return lines;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, formatVerdict, judge, parseAllowlist, toFindings, WHOLE_APP, type Finding, type RawIssue } from './electronegativity-report';

const root = '/work/deck';
const scanned = '/work/deck/src';

function issue(id: string, file: string, severity: string, extra: Partial<RawIssue> = {}): RawIssue {
  return { id, file, location: { line: 22, column: 6 }, severity: { name: severity }, confidence: { name: 'FIRM' }, description: 'Review the use of preload scripts', shortenedURL: 'https://git.io/JeuMu', manualReview: true, ...extra };
}

const reason = 'Sandboxed, isolated, named functions only; see src/preload/index.test.ts.';

describe('Electronegativity’s findings', () => {
  it('are read into plain findings, paths relative to the project', () => {
    const findings = toFindings(
      [issue('PRELOAD_JS_CHECK', '/work/deck/src/main/secure-window.ts', 'MEDIUM'), issue('CSP_GLOBAL_CHECK', 'N/A', 'MEDIUM', { location: { line: 0, column: 0 }, manualReview: false }), issue('X', 'main/a.ts', 'WEIRD')],
      scanned,
      root,
    );
    expect(findings[0]).toEqual({
      check: 'PRELOAD_JS_CHECK',
      file: 'src/main/secure-window.ts',
      line: 22,
      column: 6,
      severity: 'MEDIUM',
      confidence: 'FIRM',
      description: 'Review the use of preload scripts',
      url: 'https://git.io/JeuMu',
      manualReview: true,
    });
    expect(findings[1]).toMatchObject({ check: 'CSP_GLOBAL_CHECK', file: WHOLE_APP });
    // A relative path is taken from the scanned folder; an unknown severity counts as the worst.
    expect(findings[2]).toMatchObject({ file: 'src/main/a.ts', severity: 'HIGH' });
  });

  it('print as file:line:column with severity, confidence, check and link', () => {
    const [finding] = toFindings([issue('PRELOAD_JS_CHECK', '/work/deck/src/main/secure-window.ts', 'MEDIUM')], scanned, root);
    expect(formatFinding(finding!)).toBe('src/main/secure-window.ts:22:6  MEDIUM (firm, needs review)  PRELOAD_JS_CHECK: Review the use of preload scripts <https://git.io/JeuMu>');
  });
});

describe('the allowlist', () => {
  it('takes entries naming a check, a file and a reason', () => {
    expect(parseAllowlist({ allow: [{ check: 'CSP_GLOBAL_CHECK', file: '(app)', reason }] })).toEqual({ entries: [{ check: 'CSP_GLOBAL_CHECK', file: '(app)', reason }], problems: [] });
  });

  it.each([
    [[], 'the allowlist must be an object with an "allow" array'],
    [{ allow: {} }, 'the allowlist must be an object with an "allow" array'],
    [{ allow: [{ check: 'A', file: 'f' }] }, 'allow[0]: needs reason'],
    [{ allow: [{ check: '', file: 5, reason }] }, 'allow[0]: needs check, file'],
    [{ allow: ['A'] }, 'allow[0]: needs check, file, reason'],
    [{ allow: [{ check: 'A', file: 'f', reason: 'ok' }] }, 'allow[0] (A in f): the reason must say why it is safe, not "ok"'],
  ])('refuses %j', (data, problem) => {
    expect(parseAllowlist(data).problems).toEqual([problem]);
  });

  it('of the project holds only reviewed entries', () => {
    const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../electronegativity-allowlist.json'), 'utf8'));
    expect(parseAllowlist(file).problems).toEqual([]);
  });
});

describe('the verdict', () => {
  const finding = (check: string, file: string, severity: Finding['severity']): Finding => ({ check, file, line: 1, column: 0, severity, confidence: 'FIRM', description: 'd', url: '', manualReview: false });

  it('fails on a finding above LOW that no entry allows', () => {
    const verdict = judge([finding('CONTEXT_ISOLATION_JS_CHECK', 'src/main/x.ts', 'HIGH'), finding('SANDBOX_JS_CHECK', 'src/main/x.ts', 'MEDIUM')], []);
    expect(verdict.passed).toBe(false);
    expect(verdict.failing.map((found) => found.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']);
  });

  it('passes LOW and informational findings, printing them', () => {
    const verdict = judge([finding('BLINK_FEATURES_JS_CHECK', 'src/main/x.ts', 'LOW'), finding('INFO', 'src/main/x.ts', 'INFORMATIONAL')], []);
    expect(verdict).toMatchObject({ passed: true, failing: [], minor: [{ check: 'BLINK_FEATURES_JS_CHECK' }, { check: 'INFO' }] });
  });

  it('allows a finding only for the check and the file its entry names', () => {
    const entry = { check: 'PRELOAD_JS_CHECK', file: 'src/main/secure-window.ts', reason };
    const allowed = judge([finding('PRELOAD_JS_CHECK', 'src/main/secure-window.ts', 'MEDIUM')], [entry]);
    expect(allowed).toMatchObject({ passed: true, allowed: [{ entry }] });
    const elsewhere = judge([finding('PRELOAD_JS_CHECK', 'src/main/other.ts', 'MEDIUM'), finding('PRELOAD_JS_CHECK', 'src/main/secure-window.ts', 'MEDIUM')], [entry]);
    expect(elsewhere.passed).toBe(false);
    expect(elsewhere.failing).toEqual([finding('PRELOAD_JS_CHECK', 'src/main/other.ts', 'MEDIUM')]);
    const otherCheck = judge([finding('SANDBOX_JS_CHECK', 'src/main/secure-window.ts', 'MEDIUM')], [{ ...entry, check: 'SANDBOX_JS_CHECK' }, entry]);
    expect(otherCheck.unused).toEqual([entry]);
  });

  it('fails on an entry that matches nothing any more', () => {
    const verdict = judge([], [{ check: 'CSP_GLOBAL_CHECK', file: WHOLE_APP, reason }]);
    expect(verdict.passed).toBe(false);
    expect(formatVerdict(verdict)).toEqual([
      'FAIL     allowlist entry CSP_GLOBAL_CHECK in (app) matches no finding any more: remove it',
      'failed: 0 failing, 0 allowed after review, 0 at or below LOW, 1 stale allowlist entry',
    ]);
  });

  it('prints each finding with what became of it', () => {
    const entry = { check: 'CSP_GLOBAL_CHECK', file: WHOLE_APP, reason };
    const lines = formatVerdict(judge([finding('CSP_GLOBAL_CHECK', WHOLE_APP, 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'src/main/x.ts', 'MEDIUM'), finding('BLINK', 'src/main/y.ts', 'LOW')], [entry]));
    expect(lines).toEqual([
      'FAIL     src/main/x.ts:1:0  MEDIUM (firm)  SANDBOX_JS_CHECK: d',
      `allowed  (app)  MEDIUM (firm)  CSP_GLOBAL_CHECK: d\n         reviewed: ${reason}`,
      'low      src/main/y.ts:1:0  LOW (firm)  BLINK: d',
      'failed: 1 failing, 1 allowed after review, 1 at or below LOW',
    ]);
  });
});

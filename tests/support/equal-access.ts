import * as aChecker from 'accessibility-checker';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDirectory, type StaticServer } from './static-server.js';

const require = createRequire(import.meta.url);

/**
 * The IBM Equal Access checker (`accessibility-checker`, policy WCAG_2_2) on our own Playwright pages. It fetches
 * its rule archive and engine from a CDN by default, which this network cannot reach: here both are served from
 * the `accessibility-checker-engine` package on a loopback port (its `archives.json` and `ace.js`). No browser of
 * its own is launched, no report file is written, no metrics are sent.
 */
let rules: StaticServer | undefined;
let checks = 0;

export async function startEqualAccess(): Promise<void> {
  rules = await serveDirectory(dirname(require.resolve('accessibility-checker-engine/package.json')));
  const config = {
    ruleServer: rules.url,
    rulePack: rules.url,
    ruleArchive: 'latest',
    policies: ['WCAG_2_2'],
    failLevels: ['violation'],
    reportLevels: ['violation', 'potentialviolation'],
    outputFormat: ['disable'],
    perfMetrics: false,
    captureScreenshots: false,
  };
  // The config's level lists are typed with an enum the package does not export; these are its values.
  await aChecker.setConfig(config as unknown as Parameters<typeof aChecker.setConfig>[0]);
}

export async function stopEqualAccess(): Promise<void> {
  await aChecker.close();
  await rules?.close();
}

export interface EqualAccessIssue {
  ruleId: string;
  reasonId: string;
  message: string;
  /** DOM path of the element (into shadow roots). */
  path: string;
  snippet: string;
}

/**
 * Rule results IBM marks as violations, minus the false positives listed with their reasons; `potential` asks for
 * the "needs review" potential violations too.
 */
export async function equalAccessViolations(
  page: Page,
  falsePositives: readonly FalsePositive[] = FALSE_POSITIVES,
): Promise<EqualAccessIssue[]> {
  const { report } = await aChecker.getCompliance(page, `page-${++checks}`);
  if (!('results' in report)) throw new Error(`accessibility-checker failed: ${JSON.stringify(report)}`);
  return report.results
    .filter((r) => r.level === 'violation')
    .map((r) => ({
      ruleId: r.ruleId,
      reasonId: String(r.reasonId),
      message: r.message,
      path: r.path['dom'] ?? '',
      snippet: r.snippet,
    }))
    .filter((issue) => !falsePositives.some((fp) => fp.ruleId === issue.ruleId && fp.matches(issue)));
}

export interface FalsePositive {
  ruleId: string;
  /** Why this is not a barrier for a person. */
  reason: string;
  matches(issue: EqualAccessIssue): boolean;
}

/** Results that are not barriers, each with the reason (kept short and specific: a new case fails the test). */
export const FALSE_POSITIVES: readonly FalsePositive[] = [
  {
    ruleId: 'table_headers_exists',
    reason:
      'The council agenda stacked on a narrow screen: its column headers (<th scope=col>) stay in the accessibility ' +
      'tree but are visually hidden, each cell showing its column as a visible label instead; the checker counts ' +
      'only visible headers (the row header, the item title, is not in the first column). Wide, the same table passes.',
    matches: (issue) =>
      /\/bdw-council-agenda\[1\]\/#document-fragment\[1\]\/.*\/table\[1\]$/.test(issue.path) &&
      /part="agenda"/.test(issue.snippet),
  },
  {
    ruleId: 'fieldset_label_valid',
    reason:
      'Filter groups inside a closed <details> (the narrow-screen "filters" disclosure): the fieldset is not ' +
      'rendered while closed, and the checker then reads its <legend> as empty; opened, the same page has none.',
    matches: (issue) => /\/details\[1\]\/(div\[1\]\/)?fieldset\[\d+\]$/.test(issue.path),
  },
  {
    ruleId: 'aria_role_valid',
    reason:
      'ARIA in HTML allows role=combobox on <input type=search> without a list attribute; the search box follows ' +
      'the APG combobox pattern (aria-expanded, aria-controls, aria-activedescendant), and axe accepts it.',
    matches: (issue) =>
      issue.path.endsWith('/bdw-dataset-search[1]/#document-fragment[1]/div[1]/form[1]/div[1]/input[1]') &&
      /role="combobox"/.test(issue.snippet) &&
      /type="search"/.test(issue.snippet),
  },
];

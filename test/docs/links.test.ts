/**
 * The README and docs/ stay inside the repository: every Markdown link resolves to a file or folder of
 * the repository (and to a heading of it when it names one), no link leaves it, and the README stays a
 * five-minute read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingAnchors, isExternal, markdownLinks } from './markdown-links';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Folders that exist in a working copy but are not part of the repository (built or installed). */
const NOT_IN_REPOSITORY = ['node_modules', 'dist', 'test-results', 'playwright-report', join('bench', 'out')];
/** The README's length limit: a newcomer reads it in five minutes. */
const README_MAX_LINES = 200;

const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Why a relative link from `document` to `target` does not resolve, or undefined when it does. */
function brokenReason(document: string, target: string): string | undefined {
  const [pathPart = '', anchor] = target.split('#', 2);
  const path = decodeURIComponent(pathPart.split('?', 1)[0] ?? '');
  const file = path === '' ? join(ROOT, document) : resolve(ROOT, dirname(document), path);
  const inRepo = relative(ROOT, file);
  if (inRepo.startsWith('..') || inRepo === '') return 'points outside the repository';
  if (NOT_IN_REPOSITORY.some((folder) => inRepo === folder || inRepo.startsWith(folder + sep)))
    return `points into ${inRepo.split(sep)[0]}, which is not in the repository`;
  if (!existsSync(file)) return 'no such file';
  if (anchor === undefined || anchor === '') return undefined;
  if (!statSync(file).isFile() || !file.endsWith('.md')) return 'an anchor into a file that is not Markdown';
  return headingAnchors(readFileSync(file, 'utf8')).has(anchor) ? undefined : `no heading #${anchor}`;
}

describe('links in README.md and docs/*.md', () => {
  it('reads the README and at least the docs it points to', () => {
    expect(DOCUMENTS).toContain('README.md');
    expect(DOCUMENTS).toEqual(expect.arrayContaining(['docs/cli.md', 'docs/security.md']));
  });

  it.each(DOCUMENTS)('%s: every link resolves inside the repository', (document) => {
    const links = markdownLinks(read(document));
    const broken = links.flatMap(({ target, line }) => {
      if (isExternal(target)) return [`${document}:${line} ${target}: leaves the repository`];
      const reason = brokenReason(document, target);
      return reason ? [`${document}:${line} ${target}: ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('README.md has no web address at all, not even as plain text', () => {
    const lines = read('README.md').split('\n');
    const found = lines.flatMap((text, i) =>
      /https?:\/\//i.test(text) ? [`README.md:${i + 1} ${text}`] : [],
    );
    expect(found).toEqual([]);
  });

  it(`README.md is at most ${README_MAX_LINES} lines`, () => {
    const text = read('README.md');
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('README.md links to every document in docs/', () => {
    const linked = new Set(
      markdownLinks(read('README.md')).map(({ target }) => resolve(ROOT, target.split('#', 1)[0] ?? '')),
    );
    const unlinked = DOCUMENTS.filter((d) => d !== 'README.md' && !linked.has(join(ROOT, d)));
    expect(unlinked).toEqual([]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import '../../../src/components/markdown-view/markdown-view';
import type { MarkdownViewElement } from '../../../src/components/markdown-view/markdown-view.component';

async function mount(source: string, idPrefix = 'cell-1'): Promise<MarkdownViewElement> {
  const view = document.createElement('cl-markdown-view');
  view.source = source;
  view.idPrefix = idPrefix;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

describe('<cl-markdown-view>', () => {
  it('renders the sanitised Markdown into its shadow root', async () => {
    const view = await mount(
      '# 标题\n\n<script>window.hacked = 1</script>\n\n[x](javascript:alert(1)) **b**',
    );
    const root = view.shadowRoot;
    const container = root?.querySelector('[data-testid="markdown-view"]');
    expect(container?.querySelector('h1')?.id).toBe('cell-1-标题');
    expect(container?.querySelector('strong')?.textContent).toBe('b');
    expect(root?.querySelector('script, a[href^="javascript"]')).toBeNull();
    expect(container?.textContent).toContain('<script>window.hacked = 1</script>');
    view.remove();
  });

  it('re-renders when the source changes', async () => {
    const view = await mount('one');
    view.source = '## two';
    await view.updateComplete;
    expect(view.shadowRoot?.querySelector('h2')?.textContent).toBe('two');
    view.remove();
  });

  it('scrolls to a heading for an in-page link, by full id or bare slug, without navigating', async () => {
    const view = await mount('# Totals\n\n[a](#totals) [b](#cell-1-totals)');
    const heading = view.shadowRoot?.querySelector('h1') as HTMLElement;
    let scrolled = 0;
    heading.scrollIntoView = () => void scrolled++;
    for (const link of Array.from(view.shadowRoot?.querySelectorAll('a') ?? [])) {
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
    }
    expect(scrolled).toBe(2);
    expect(view.scrollToHeading('cell-1-totals')).toBe(true);
    expect(view.scrollToHeading('cell-1-missing')).toBe(false);
    view.remove();
  });
});

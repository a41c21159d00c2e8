import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, renderMarkdown } from './Markdown';

describe('Markdown notes', () => {
  it('renders bold, lists and links', () => {
    const html = renderMarkdown('**Go** now\n\n- one\n- two\n\n[site](https://example.com)');
    expect(html).toContain('<strong>Go</strong>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain('href="https://example.com"');
  });

  it('shows raw HTML as inert text', () => {
    const { container } = render(
      <Markdown source={'<script>window.hacked = 1</script>\n\n<img src=x onerror="alert(1)">'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>window.hacked = 1</script>');
    expect(container.textContent).toContain('onerror');
  });

  it('drops javascript: links and keeps headings below the page structure', () => {
    const { container } = render(<Markdown source={'# Top\n\n[x](javascript:alert(1))'} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('h3')?.textContent).toBe('Top');
  });
});

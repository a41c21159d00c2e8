import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// html: false — raw HTML in notes is escaped and shown as text, never parsed.
// markdown-it also refuses javascript:/vbscript:/data: links (validateLink).
const md = new MarkdownIt({ html: false, linkify: false, breaks: true, typographer: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** Markdown to HTML that is safe to insert: markdown-it without HTML, then DOMPurify. */
export function renderMarkdown(source: string): string {
  // Sanitising again is defence in depth should a plugin or option ever let HTML through.
  return DOMPurify.sanitize(md.render(source), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'start'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}

/** Meeting notes, rendered safely; headings are shifted so they sit under the section's h2. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(shiftHeadings(source)), [source]);
  return (
    <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />
  );
}

/** '# x' and '## x' become level 3 so notes never break the page's heading order. */
function shiftHeadings(source: string): string {
  return source.replace(/^(#{1,2})(?=\s)/gm, '###');
}

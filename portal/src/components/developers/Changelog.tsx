import { Fragment, type ReactNode } from 'react';

/** `code` spans of a line of the changelog as <code>, the rest as text. */
function inline(text: string): ReactNode[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part, index) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
        <code key={index}>{part.slice(1, -1)}</code>
      ) : (
        <Fragment key={index}>{part}</Fragment>
      ),
    );
}

interface Entry {
  heading: string;
  items: string[];
}

/**
 * schema/CHANGELOG.md as the developers' page shows it: its own small shape (a title, a policy
 * paragraph, then "## day" sections of "- " items, items continued on indented lines), so a
 * few lines read it; anything else in the file is shown as a paragraph.
 */
export function parseChangelog(markdown: string): { intro: string[]; entries: Entry[] } {
  const intro: string[] = [];
  const entries: Entry[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) intro.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    const entry = entries.at(-1);
    if (line.startsWith('# ')) continue;
    if (line.startsWith('## ')) {
      endParagraph();
      entries.push({ heading: line.slice(3).trim(), items: [] });
    } else if (entry && line.startsWith('- ')) {
      entry.items.push(line.slice(2).trim());
    } else if (entry && /^\s+\S/.test(line) && entry.items.length) {
      entry.items[entry.items.length - 1] += ` ${line.trim()}`;
    } else if (!entry && line.trim()) {
      paragraph.push(line.trim());
    } else if (!entry) {
      endParagraph();
    }
  }
  endParagraph();
  return { intro, entries };
}

export function Changelog({ markdown }: { markdown: string }) {
  const { intro, entries } = parseChangelog(markdown);
  return (
    <div className="changelog">
      {intro.map((text, index) => (
        <p key={index}>{inline(text)}</p>
      ))}
      {entries.map((entry) => (
        <section key={entry.heading}>
          <h3>{entry.heading}</h3>
          <ul>
            {entry.items.map((item, index) => (
              <li key={index}>{inline(item)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

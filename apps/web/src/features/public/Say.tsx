import { createContext, type ReactNode, useContext } from 'react';
import { easyRead } from './text.js';

/** Easy read: every text on the page as short sentences, one a line. */
export const EasyRead = createContext(false);

/** A text that the easy-read mode splits into one idea a line. */
export function Say({ children, as: Tag = 'p' }: { children: string; as?: 'p' | 'span' }) {
  const easy = useContext(EasyRead);
  if (!easy) return <Tag>{children}</Tag>;
  return (
    <Tag className="easy">
      {easyRead(children).map((line, i) => (
        <span key={i} className="easy__line">
          {line}
        </span>
      ))}
    </Tag>
  );
}

/** A section of the public view, headed. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="public__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

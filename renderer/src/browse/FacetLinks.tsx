import { Fragment } from 'react';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import './browse.css';

/** Speaker names, each a link to the speaker's page, separated by commas. */
export function SpeakerLinks({ speakers }: { speakers: readonly string[] }) {
  const names = speakers.map((name) => name.trim()).filter(Boolean);
  return (
    <span className="facet-speakers">
      {names.map((name, index) => (
        <Fragment key={`${name}-${index}`}>
          {index > 0 && ', '}
          <Link href={routes.speaker(name)} className="facet-link">
            {name}
          </Link>
        </Fragment>
      ))}
    </span>
  );
}

/** Tags as small links to each tag's page. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  const unique = [...new Set(tags.map((tag) => tag.trim().replace(/^#+/, '')).filter(Boolean))];
  if (unique.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {unique.map((tag) => (
        <li key={tag}>
          <Link href={routes.tag(tag)} className="tag-chip">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { Link } from 'react-router-dom';
import { codeName } from '@frameledger/analytics';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/;

/** "aiCategory" -> "AI category", "guildCovered" -> "Guild covered". */
const label = (key: string) =>
  codeName(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).replace(/ id$/, '');

/**
 * The facts a rule weighed, as labelled values rather than raw JSON: the task as its shot (a link
 * where the reader may open the production), codes as their names, yes/no for flags. Other ids
 * are not shown; the shot, model and production beside them already say what they point at.
 */
export function EvidenceFacts({ json, shot }: { json: string; shot: { code: string; href?: string } }) {
  let facts: Json;
  try {
    facts = JSON.parse(json) as Json;
  } catch {
    return <p className="muted">{json}</p>;
  }
  return <Facts value={facts} shot={shot} />;
}

function Facts({ value, shot }: { value: Json; shot: { code: string; href?: string } }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <>none</>;
    return (
      <ol className="evidence-facts__list">
        {value.map((item, i) => (
          <li key={i}>
            <Facts value={item} shot={shot} />
          </li>
        ))}
      </ol>
    );
  }
  if (value === null) return <>—</>;
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  if (typeof value === 'number') return <>{value.toLocaleString()}</>;
  if (typeof value === 'string') return <>{CODE.test(value) ? codeName(value) : value}</>;
  const entries = Object.entries(value).filter(([key, v]) => key === 'taskId' || !UUID.test(String(v)));
  return (
    <dl className="evidence-facts">
      {entries.map(([key, v]) => (
        <div key={key}>
          <dt>{key === 'taskId' ? 'Shot' : label(key)}</dt>
          <dd>
            {key !== 'taskId' ? (
              <Facts value={v} shot={shot} />
            ) : shot.href ? (
              <Link to={shot.href}>{shot.code}</Link>
            ) : (
              shot.code
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

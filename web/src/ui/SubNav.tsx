import { NavLink } from 'react-router-dom';

export interface SubNavItem {
  to: string;
  label: string;
}

/** The sections of a page as links, so each section has an address and the keyboard moves through them. */
export function SubNav({ label, items }: { label: string; items: readonly SubNavItem[] }) {
  return (
    <nav className="subnav" aria-label={label}>
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} className="subnav__link" end>
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}

import { NavLink, useLocation } from 'react-router-dom';

export interface SubNavItem {
  to: string;
  label: string;
}

/**
 * The sections of a page as links, so each section has an address and the keyboard moves through
 * them. `keepSearch` carries the query (e.g. the chosen scenario) from section to section.
 */
export function SubNav({
  label,
  items,
  keepSearch = false,
}: {
  label: string;
  items: readonly SubNavItem[];
  keepSearch?: boolean;
}) {
  const { search } = useLocation();
  return (
    <nav className="subnav" aria-label={label}>
      {items.map((item) => (
        <NavLink
          key={item.to}
          to={{ pathname: item.to, search: keepSearch ? search : '' }}
          className="subnav__link"
          end
        >
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../gql/graphql';

export interface PageDef {
  /** Route path under the app shell. */
  path: string;
  label: string;
  /** One line under the label in the navigation, for people new to the tool. */
  hint: string;
  roles: readonly Role[];
  component: LazyExoticComponent<ComponentType>;
}

/**
 * Every page of the dashboard and who sees it. Navigation, routes and the landing page all come
 * from this list, so a role never sees a link it cannot open. Each page is its own chunk.
 */
export const PAGES: readonly PageDef[] = [
  {
    path: '/portfolio',
    label: 'Portfolio',
    hint: 'The quarter across productions',
    roles: ['EXECUTIVE'],
    component: lazy(() => import('../pages/portfolio/PortfolioPage')),
  },
  {
    path: '/productions',
    label: 'Productions',
    hint: 'Breakdown, plan, what-ifs, cost',
    roles: ['PLANNER', 'ADMIN'],
    component: lazy(() => import('../pages/production-list/ProductionsPage')),
  },
  {
    path: '/labour',
    label: 'Labour impact',
    hint: 'Hours and FTE displaced and created',
    roles: ['PLANNER', 'REVIEWER', 'EXECUTIVE'],
    component: lazy(() => import('../pages/labour/LabourPage')),
  },
  {
    path: '/renders',
    label: 'Renders',
    hint: 'Jobs, before and after, cost',
    roles: ['OPERATOR', 'PLANNER', 'REVIEWER', 'ADMIN'],
    component: lazy(() => import('../pages/renders/RendersPage')),
  },
  {
    path: '/models',
    label: 'Models',
    hint: 'Registry, provenance, approval',
    roles: ['ADMIN', 'REVIEWER'],
    component: lazy(() => import('../pages/models/ModelsPage')),
  },
  {
    path: '/audit',
    label: 'Audit',
    hint: 'AI-use ledger, exceptions, consents',
    roles: ['REVIEWER', 'ADMIN'],
    component: lazy(() => import('../pages/audit/AuditPage')),
  },
  {
    path: '/people',
    label: 'People',
    hint: 'Invite, roles, deactivate',
    roles: ['ADMIN'],
    component: lazy(() => import('../pages/people/PeoplePage')),
  },
];

export const pagesFor = (role: Role): PageDef[] => PAGES.filter((p) => p.roles.includes(role));

import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ProductionsList } from './ProductionsList';

const ProductionPage = lazy(() => import('../production/ProductionPage'));

/** The list of productions, and one production's planning pages under /productions/:id. */
export default function ProductionsPage() {
  return (
    <Routes>
      <Route index element={<ProductionsList />} />
      <Route path=":productionId/*" element={<ProductionPage />} />
    </Routes>
  );
}

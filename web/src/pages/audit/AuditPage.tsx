import { Navigate, Route, Routes } from 'react-router-dom';
import { SubNav } from '../../ui/SubNav';
import { ConsentsTab } from './ConsentsTab';
import { ExceptionsTab } from './ExceptionsTab';
import { IntegrityTab } from './IntegrityTab';
import { LedgerTab } from './LedgerTab';

const SECTIONS = [
  { to: '/audit/ledger', label: 'AI-use ledger' },
  { to: '/audit/exceptions', label: 'Policy exceptions' },
  { to: '/audit/consents', label: 'Consent register' },
  { to: '/audit/integrity', label: 'Log integrity and exports' },
];

/** The reviewer's read of every AI use, exception and consent, and proof the log was not altered. */
export default function AuditPage() {
  return (
    <section aria-labelledby="audit-title" className="page">
      <header className="page__header">
        <h1 id="audit-title">Audit</h1>
        <p className="muted">Read-only record of AI use, checked against the guild rules.</p>
      </header>
      <SubNav label="Audit sections" items={SECTIONS} />
      <Routes>
        <Route index element={<Navigate to="/audit/ledger" replace />} />
        <Route path="ledger" element={<LedgerTab />} />
        <Route path="exceptions" element={<ExceptionsTab />} />
        <Route path="consents" element={<ConsentsTab />} />
        <Route path="integrity" element={<IntegrityTab />} />
      </Routes>
    </section>
  );
}

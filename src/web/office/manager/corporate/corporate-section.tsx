import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../ui/pages.tsx';
import { ContractPage } from './contract-page.tsx';
import { OrganizationPage } from './organization-page.tsx';
import { OrganizationsPage } from './organizations-page.tsx';
import '../shared/office-b.css';

/** Corporate clients: organisations with their representatives, and contracts with special prices. */
export function CorporateSection() {
  return (
    <div className="page">
      <Routes>
        <Route index element={<OrganizationsPage />} />
        <Route path="organizations/:organizationId" element={<OrganizationPage />} />
        <Route path="contracts/:contractId" element={<ContractPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

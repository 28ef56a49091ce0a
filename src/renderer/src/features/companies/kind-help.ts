import type { CompanyKind } from '@shared/domain/company';
import type { AddCompanyField } from './add-company-values';

/** One sentence per connection route, shown under each choice in the add form. */
export const KIND_HELP: Record<CompanyKind, string> = {
  qbo: 'Books kept online at quickbooks.intuit.com. Nothing else to fill in.',
  qbd_qbwc: 'Desktop books on a computer that runs Intuit’s Web Connector.',
  qbd_conductor: 'Desktop books linked through your Conductor account.',
  qbd_nxus: 'Desktop books linked through your nXus account.',
};

/** Label and helper text for each per-kind field. */
export const FIELD_TEXT: Record<Exclude<AddCompanyField, 'displayName'>, { label: string; hint: string; placeholder?: string; optional?: boolean }> = {
  qbwcUserName: {
    label: 'Web Connector user name',
    hint: 'The user name you will type into the Web Connector for this company.',
    optional: true,
  },
  companyFilePath: {
    label: 'Company file path',
    hint: 'The full path of the QuickBooks company file. Leave empty to use whichever file is open.',
    placeholder: 'C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\Acme.qbw',
    optional: true,
  },
  endUserId: {
    label: 'Conductor end-user ID',
    hint: 'In your Conductor dashboard, open End Users and copy the ID that starts with end_usr_.',
    placeholder: 'end_usr_…',
  },
  connectionId: {
    label: 'nXus connection ID',
    hint: 'In your nXus portal, copy the Connection ID shown for this company.',
  },
};

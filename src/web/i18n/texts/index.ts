import { accountText } from './account.ts';
import { authText } from './auth.ts';
import { basketText } from './basket.ts';
import { catalogText } from './catalog.ts';
import { commonText } from './common.ts';
import { configuratorText } from './configurator.ts';
import { errorText } from './errors.ts';
import { officeText } from './office.ts';
import { officeCatalogText } from './office-catalog.ts';
import { officeServicesText } from './office-services.ts';
import { officeReportsText } from './office-reports.ts';
import { officeCorporateText } from './office-corporate.ts';
import { officeAdminText } from './office-admin.ts';
import { officeOperatorText } from './office-operator.ts';
import { officeCashierText } from './office-cashier.ts';
import { officeOrdersText } from './office-orders.ts';
import { passwordResetText } from './password-reset.ts';
import { seatMapText } from './seat-map.ts';
import { statusText } from './statuses.ts';

/** Every label of the web apps, each in Russian and English. */
export const texts = {
  ...commonText,
  ...statusText,
  ...errorText,
  ...catalogText,
  ...seatMapText,
  ...configuratorText,
  ...basketText,
  ...authText,
  ...passwordResetText,
  ...accountText,
  ...officeText,
  ...officeCatalogText,
  ...officeServicesText,
  ...officeReportsText,
  ...officeCorporateText,
  ...officeAdminText,
  ...officeOperatorText,
  ...officeOrdersText,
  ...officeCashierText,
};

export type TextKey = keyof typeof texts;

export const hasText = (key: string): key is TextKey => Object.hasOwn(texts, key);

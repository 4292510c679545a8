import type { Ctx } from '../../context';
import { aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { updateSettings } from '../settings/settings.service';

// A customer worked by hand for the templates' tests, judged as of 23/11/2026 (a Monday):
//   HB-1  due 31/08/2026  £100.00, £30.00 paid on 10/09  → £70.00 owed, 84 days overdue
//   HB-3  due 01/10/2026  £25.00, paid in full on 01/11 → open only before then
//   HB-2  due 31/10/2026  £50.00                         → 23 days overdue
//   HB-5  due 23/11/2026  £10.00                         → due today: not yet overdue
//   HB-4  due 20/12/2026  £80.50                         → not yet due
//   HB-6  issued 24/11/2026                              → not issued yet on the 23rd
// So today: overdue £120.00 (HB-1, HB-2), due soon £90.50 (HB-5, HB-4), all open £210.50.
// On 20/10/2026: overdue £95.00 (HB-1 50 days, HB-3 19 days); HB-2 not yet due.

export function harbourBakery(ctx: Ctx) {
  updateSettings(ctx, {
    businessName: 'Corner Shop',
    signatureName: 'Sam Taylor',
    phone: '01632 960 123',
    email: 'accounts@corner.shop',
    paymentDetails: 'Sort code 20-00-00, account 12345678',
    paymentReference: 'your customer number',
    paymentLink: '',
  });
  const customer = aCustomer(ctx, { ref: 'HB1', name: 'Harbour Bakery', contactName: 'Ann Baker' });
  const hb1 = anInvoice(ctx, customer, 'HB-1', '2026-08-01', '2026-08-31', 10_000);
  anInvoice(ctx, customer, 'HB-2', '2026-10-01', '2026-10-31', 5_000);
  const hb3 = anInvoice(ctx, customer, 'HB-3', '2026-09-01', '2026-10-01', 2_500);
  anInvoice(ctx, customer, 'HB-4', '2026-11-20', '2026-12-20', 8_050);
  anInvoice(ctx, customer, 'HB-5', '2026-11-23', '2026-11-23', 1_000);
  anInvoice(ctx, customer, 'HB-6', '2026-11-24', '2026-12-24', 4_000);
  aPayment(ctx, customer, 'P1', '2026-09-10', 3_000, hb1);
  aPayment(ctx, customer, 'P2', '2026-11-01', 2_500, hb3);
  return customer;
}

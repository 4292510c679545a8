import type { PageProps } from '../../shell/page';
import { CustomerDetailPage } from './detail/CustomerDetailPage';
import { CustomerListPage } from './list/CustomerListPage';

/** #/customers is the list; #/customers/<id> one customer's page. */
export function CustomersPage(props: PageProps) {
  const id = props.route.rest[0];
  return id === undefined ? <CustomerListPage {...props} /> : <CustomerDetailPage {...props} idText={id} />;
}

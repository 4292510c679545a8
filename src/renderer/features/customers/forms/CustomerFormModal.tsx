import { Button, Divider, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import type { CustomerDto } from '../../../../shared/contract/customers';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MoneyInput, useMoneyReader } from '../../../components/MoneyInput';
import { moneyToText } from '../../../components/money-text';
import {
  blankCustomer,
  CUSTOMER_FIELDS,
  type CustomerFormValues,
  customerToValues,
  readCustomerForm,
} from './customer-form-values';
import { FormModal, FormTitle } from './FormModal';
import { focusFirstInvalid, unplacedError } from './form-support';
import { notifySaved } from './notify-saved';

interface CustomerFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The customer to edit; none: a new customer. */
  customer?: CustomerDto;
  onSaved?: (customer: CustomerDto) => void;
}

/** New customer or Edit customer: every field of the customer, checked as typed and by main. */
export function CustomerFormModal({ opened, onClose, customer, onSaved }: CustomerFormModalProps) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={customer ? <FormTitle title="Edit customer" customer={customer.name} /> : 'New customer'}
      size="lg"
    >
      <CustomerForm customer={customer} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  );
}

function CustomerForm({ customer, onClose, onSaved }: Omit<CustomerFormModalProps, 'opened'>) {
  const { settings } = useAppData();
  const readMoney = useMoneyReader();
  const create = useMutation('customers.create');
  const update = useMutation('customers.update');
  const save = customer ? update : create;
  const formRef = useRef<HTMLFormElement>(null);
  const currency = settings?.currency ?? 'GBP';
  const locale = settings?.locale ?? 'en-GB';

  const form = useForm<CustomerFormValues>({
    mode: 'controlled',
    initialValues: customer
      ? customerToValues(customer, (m) => moneyToText(m, currency, locale))
      : blankCustomer(),
    validate: (values) => readCustomerForm(values, readMoney).errors,
    // Main's message for a field goes once the owner changes something.
    onValuesChange: () => save.reset(),
  });

  const field = (name: (typeof CUSTOMER_FIELDS)[number]) => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? save.fieldError(name) };
  };

  const submit = form.onSubmit(
    async (values) => {
      const { input } = readCustomerForm(values, readMoney);
      const saved = customer ? await update.run({ id: customer.id, ...input }) : await create.run(input);
      if (!saved) {
        focusFirstInvalid(formRef.current);
        return;
      }
      notifySaved(customer ? 'Customer saved' : 'Customer added', saved.name);
      onClose();
      onSaved?.(saved);
    },
    () => focusFirstInvalid(formRef.current),
  );

  const general = unplacedError(save.error, (f) => (CUSTOMER_FIELDS as readonly string[]).includes(f));
  const usualTerms = settings?.defaultPaymentTermsDays;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label="Name"
            required
            data-autofocus
            {...field('name')}
            style={{ gridColumn: 'span 2' }}
          />
          <TextInput label="Reference" required placeholder="C001" {...field('ref')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Contact name" {...field('contactName')} />
          <TextInput label="Email" type="email" placeholder="accounts@example.com" {...field('email')} />
          <TextInput label="Phone" type="tel" {...field('phone')} />
        </SimpleGrid>
        <Divider label="Address" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Address line 1" {...field('addressLine1')} />
          <TextInput label="Address line 2" {...field('addressLine2')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Town or city" {...field('city')} />
          <TextInput label="Postcode" {...field('postcode')} />
          <TextInput label="Country" {...field('country')} />
        </SimpleGrid>
        <Divider label="Terms" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label="Payment terms (days)"
            inputMode="numeric"
            placeholder={usualTerms !== undefined ? String(usualTerms) : '30'}
            description={usualTerms !== undefined ? `Empty: your usual ${usualTerms} days` : undefined}
            {...field('paymentTermsDays')}
          />
          <MoneyInput
            label="Credit limit"
            description="Empty: no limit"
            placeholder=""
            {...field('creditLimit')}
          />
          <TagsInput label="Tags" description="Press Enter after each" {...field('tags')} clearable />
        </SimpleGrid>
        {general ? <ErrorAlert error={general} title="Could not save the customer" /> : null}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.pending}>
            {customer ? 'Save changes' : 'Add customer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

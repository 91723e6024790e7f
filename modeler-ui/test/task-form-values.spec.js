import { describe, expect, test } from 'vitest';
import { fromDateInput, readForm, toDateInput } from '../src/pages/tasklist/formValues.js';

const FIELDS = [
  { id: 'guests', label: 'Guests', type: 'long', required: true, constraints: { required: null, min: '1', max: '12' } },
  { id: 'size', label: 'Menu size', type: 'enum', required: false, values: [{ id: 'small', name: 'Small' }, { id: 'large', name: 'Large' }] },
  { id: 'servedOn', label: 'Served on', type: 'date', required: false },
  { id: 'note', label: 'Note', type: 'string', required: false, constraints: { maxlength: '5' } },
  { id: 'paid', label: 'Paid', type: 'boolean', required: false },
  { id: 'ticket', label: 'Ticket', type: 'string', required: false, constraints: { readonly: null } }
];

describe('readForm', () => {
  test('turns inputs into the variables the engine takes', () => {
    const { variables, errors } = readForm(FIELDS,
      { guests: '3', size: 'large', servedOn: '2026-03-01', note: 'hot', paid: true, ticket: 'T-1' });

    expect(errors).toEqual({});
    expect(variables).toEqual({ guests: 3, size: 'large', servedOn: '01/03/2026', note: 'hot', paid: true });
  });

  test('leaves out empty optional fields and sends an unticked box as false', () => {
    expect(readForm(FIELDS, { guests: '2', size: '', servedOn: '', note: ' ', paid: false }).variables)
      .toEqual({ guests: 2, paid: false });
  });

  test.each([
    [{ guests: '' }, 'guests', 'Enter Guests; it is required.'],
    [{ guests: '2.5' }, 'guests', 'Guests takes a whole number, such as 3.'],
    [{ guests: '0' }, 'guests', 'Guests must be at least 1.'],
    [{ guests: '13' }, 'guests', 'Guests must be at most 12.'],
    [{ guests: '1', size: 'huge' }, 'size', 'Choose one of the offered Menu size values.'],
    [{ guests: '1', note: 'too long' }, 'note', 'Note takes at most 5 characters.']
  ])('refuses %o with a message naming the field', (raw, field, message) => {
    expect(readForm(FIELDS, raw).errors[field]).toBe(message);
  });
});

test('dates go between the engine\'s dd/MM/yyyy and a date input\'s yyyy-MM-dd', () => {
  expect(toDateInput('24/12/2026')).toBe('2026-12-24');
  expect(fromDateInput('2026-12-24')).toBe('24/12/2026');
  expect(toDateInput(null)).toBe('');
  expect(fromDateInput('24.12.2026')).toBeNull();
});
